//! From quantities to claims: sentence, names, keywords, time scope, attribution, modality,
//! check-worthiness and a stable id.

use foldhash::{HashMap, HashSet};
use sha2::{Digest, Sha256};

use super::lexicon::{self, concepts, phrase_concepts};
use super::{Claim, Modality, Origin, Status, TimeScope};
use crate::lang::{common, every_language, Lang};
use crate::quantity::{Kind, Quantity};
use crate::source::Source;
use crate::text::sentence;
use crate::text::tokens::{tokenize, Tok, TokKind};

/// Words of one source with their sentence, for the rules below.
struct Doc<'a> {
    source: &'a Source,
    toks: Vec<Tok>,
    sentences: Vec<(usize, usize)>,
    /// For each sentence, the range of its tokens.
    sentence_toks: Vec<(usize, usize)>,
}

impl<'a> Doc<'a> {
    fn new(source: &'a Source) -> Self {
        let body = source.body();
        let base = source.body_start;
        let mut toks = tokenize(body);
        for t in &mut toks {
            t.start += base;
            t.end += base;
        }
        let sentences: Vec<(usize, usize)> = sentence::split(body, crate::lang::sentence_stops())
            .into_iter()
            .map(|(s, e)| (s + base, e + base))
            .collect();
        let sentence_toks = sentences
            .iter()
            .map(|&(s, e)| (toks.partition_point(|t| t.start < s), toks.partition_point(|t| t.start < e)))
            .collect();
        Doc { source, toks, sentences, sentence_toks }
    }

    fn text(&self, t: &Tok) -> &'a str {
        &self.source.text[t.start..t.end]
    }

    fn lang(&self) -> Lang {
        self.source.lang
    }
}

/// What a dossier shows of its capitalised words (see [`noun_evidence`]): where every noun
/// is capitalised, a capitalised word may be a noun or a name, and the other sources help
/// tell which.
#[derive(Debug, Clone, Default)]
pub struct Nouns {
    /// The stems of the words a dossier uses as nouns: seen after a determiner. Stems are
    /// interned by [`lexicon::normalize`], so the set holds no copies of them.
    stems: foldhash::HashSet<&'static str>,
    /// Words (lowercase) that a source in a language capitalising only names writes
    /// capitalised inside a sentence (`near the village of Oberwiesen`): names, whatever
    /// their ending suggests in a language that capitalises nouns (`Oberwiesen`, `Bremen`,
    /// `Göttingen` end like German plurals).
    names: foldhash::HashSet<String>,
}

impl Nouns {
    /// Whether the dossier uses a word (its stem in `lang`) as a noun.
    fn has_stem(&self, stem: &str) -> bool {
        self.stems.contains(stem)
    }

    /// Whether a source capitalising only names writes this word (lowercase) as one.
    fn written_as_name(&self, lower: &str) -> bool {
        self.names.contains(lower)
    }
}

/// Capitalised words seen after a determiner anywhere in the dossier, in the sources whose
/// language capitalises every noun: nouns, not names. And the words the sources whose
/// language capitalises only names write capitalised inside a sentence: names.
pub fn noun_evidence(sources: &[Source]) -> Nouns {
    use rayon::prelude::*;
    // Per source on every core; sets, so the order of the union does not matter.
    let per_source = sources.par_iter().map(|s| {
        let mut found = Nouns::default();
        let toks = tokenize(s.body());
        if !s.lang.rules().nouns_capitalised {
            // Inside a sentence: after a word, a number or a comma, not after a full stop,
            // a colon or a quotation mark, where any word is capitalised.
            for w in toks.windows(2) {
                let (before, t) = (&w[0], &w[1]);
                let inside = matches!(before.kind, TokKind::Word | TokKind::Num) || before.is_sym(',');
                if inside && t.kind == TokKind::Word && t.is_capitalised(s.body()) {
                    found.names.insert(t.lower.to_string());
                }
            }
            return found;
        }
        let endings = s.lang.rules().cues.adjective_endings;
        for w in toks.windows(4) {
            let (d0, d, n, after) = (&w[0], &w[1], &w[2], &w[3]);
            // Most words are not capitalised: no need to look around them.
            if !n.is_capitalised(s.body()) {
                continue;
            }
            // `eine massive Investition`: an inflected adjective counts only after a
            // determiner, since German verbs end alike (`tätigte Meta`).
            let adjective = d.kind == TokKind::Word
                && d.lower == d.text(s.body())
                && endings.iter().any(|x| d.lower.ends_with(x))
                && is_determiner(&d0.lower);
            // `das Meta Superintelligence Lab`: the article belongs to the whole name.
            let compound_prefix = (after.is_sym('-') && !after.space_before) || after.is_capitalised(s.body());
            if (is_determiner(&d.lower) || adjective) && n.is_capitalised(s.body()) && !compound_prefix {
                found.stems.insert(lexicon::normalize(&n.lower, s.lang));
            }
        }
        found
    });
    per_source.reduce(Nouns::default, |mut a, b| {
        a.stems.extend(b.stems);
        a.names.extend(b.names);
        a
    })
}

/// Claims of every source, with dossier-wide evidence for telling names from nouns.
pub fn extract_all(sources: &[Source]) -> Vec<Vec<Claim>> {
    use rayon::prelude::*;
    let nouns = noun_evidence(sources);
    // Sources are independent: extracted on every core, collected in input order, so the
    // output does not depend on the number of threads. Each worker keeps one [`NounMemo`]
    // for all its sources: the dossier's nouns are the same for each, and so are the answers.
    sources.par_iter().map_init(|| NounMemo::new(&nouns), |memo, s| extract_with(s, memo)).collect()
}

/// The claims of one source, in text order.
pub fn extract(source: &Source, nouns: &Nouns) -> Vec<Claim> {
    extract_with(source, &NounMemo::new(nouns))
}

/// [`extract`], with the dossier's nouns and the answers remembered so far.
fn extract_with(source: &Source, nouns_memo: &NounMemo) -> Vec<Claim> {
    let nouns = nouns_memo.nouns;
    let doc = Doc::new(source);
    // An age is a quantity of a person, not a fact of the story: no claim.
    let mut quantities = source.quantities();
    quantities.retain(|q| q.kind != Kind::Age);
    let figures: Vec<(usize, usize)> = quantities.iter().map(|q| (q.start, q.end)).collect();
    // Names are found twice: the first pass, knowing no names, tells which words the
    // document uses as names; the second reads sentence-initial words and compound parts
    // by those. A sentence whose first pass asked about no word now known reads the same
    // the second time, so only the others are read again.
    let mut asked: Vec<Vec<&str>> = vec![Vec::new(); doc.sentences.len()];
    let first_pass: Vec<Vec<String>> = (0..doc.sentences.len())
        .map(|i| {
            sentence_entities(&doc, i, nouns_memo, &figures, &mut |w| {
                asked[i].push(w);
                false
            })
        })
        .collect();
    let known: HashSet<String> = first_pass.iter().flatten().cloned().collect();
    let entities: Vec<Vec<String>> = first_pass
        .into_iter()
        .enumerate()
        .map(|(i, first)| {
            if asked[i].iter().any(|w| known.contains(*w)) {
                sentence_entities(&doc, i, nouns_memo, &figures, &mut |w| known.contains(w))
            } else {
                first
            }
        })
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::default();
    let mut lex = vec![TokLex::default(); doc.toks.len()];
    // Each sentence's concepts, read once: every figure asks for its neighbours'.
    let mut concepts_of: Vec<Option<Vec<String>>> = vec![None; doc.sentences.len()];
    // What a percentage of the report's event measures, found when first asked.
    let report_event = std::cell::OnceCell::new();
    // Each sentence's words outside its figures, joined (see [`context_words`]).
    let mut context_of: Vec<Option<String>> = vec![None; doc.sentences.len()];
    let mut claims = Vec::with_capacity(quantities.len());
    // Which figures an increment word stands before (`another 34`, `weitere 11,5 Prozent`).
    let mut increments: Vec<bool> = Vec::with_capacity(quantities.len());
    for (qi, q) in quantities.iter().enumerate() {
        let si = sentence::containing(&doc.sentences, q.start).unwrap_or(0);
        increments.push(increment(&doc, si, q));
        let (s_start, s_end) = doc.sentences.get(si).copied().unwrap_or((q.start, q.end));
        // Quantities are in text order: the sentence's are one run (linear in a long text).
        let first = quantities.partition_point(|o| o.start < s_start);
        let in_sentence: Vec<&Quantity> =
            quantities[first..].iter().take_while(|o| o.start < s_end).filter(|o| o.end <= s_end).collect();
        // Its sentence's figures are the same for every figure there, and so are its words.
        let context = match context_of.get_mut(si) {
            Some(slot) => slot.get_or_insert_with(|| context_words(&doc, si, &in_sentence).join(" ")).as_str(),
            None => "",
        };
        let key = format!("{}|{}|{}|{}", source.id, q.kind, q.unit.as_deref().unwrap_or(""), context);
        let occurrence = seen.entry(key.clone()).or_insert(0);
        let id = claim_id(&key, *occurrence);
        *occurrence += 1;
        let time = if q.kind == Kind::Date { None } else { time_scope(&doc, si, q, &in_sentence) };
        let mut ents = entities.get(si).cloned().unwrap_or_default();
        ents.truncate(12);
        let mut nearby: Vec<String> = Vec::new();
        for n in [si.wrapping_sub(1), si + 1] {
            for e in entities.get(n).into_iter().flatten() {
                if !ents.contains(e) && !nearby.contains(e) {
                    nearby.push(e.clone());
                }
            }
        }
        nearby.truncate(12);
        let mut nearby_keywords: Vec<String> = Vec::new();
        for n in [si.wrapping_sub(1), si + 1] {
            let Some(slot) = concepts_of.get_mut(n) else { continue };
            for c in slot.get_or_insert_with(|| sentence_concepts(&doc, n)).iter() {
                if !nearby_keywords.contains(c) {
                    nearby_keywords.push(c.clone());
                }
            }
        }
        let (keywords, mut measure) = keywords(&doc, si, q, &in_sentence, &mut lex);
        // Where the sentence before this one starts (this one's start for the first).
        let previous_start = doc.sentences.get(si.saturating_sub(1)).map_or(s_start, |s| s.0);
        // A figure named only by a referring noun measures what the report's last figure
        // of its kind measured, in its sentence or the one before.
        if measure.is_none() && q.kind != Kind::Date && refers_back(&doc, si, q) {
            measure = last_since(&claims, previous_start, |c| c.quantity.kind == q.kind && c.measure.is_some())
                .and_then(|c| c.measure.clone());
        }
        let change = change(&doc, si, q);
        // A percentage whose own clause names no measure, in a list of them (`Die SPD kam
        // auf 31,2 Prozent der Stimmen, die CDU auf 29,8 Prozent`, `16.4% and 11.6%
        // respectively`), measures what the last percentage measured, when both are levels
        // or both changes: in its sentence, or in the one before when its own gives a level
        // of someone it names and speaks of nothing the lexicon knows (`… 31,2 Prozent der
        // Stimmen gewonnen. Die CDU kam auf 29,8 Prozent`; but not `Für einen Streik
        // sprachen sich 96 Prozent aus` after a rejection's share, of no one named, nor
        // `Die Gewerkschaft hatte eine Erhöhung um 40 Prozent verlangt`, a change, after
        // the raise offered).
        if measure.is_none() && q.kind == Kind::Percent {
            let continues = !change
                && entities.get(si).is_some_and(|e| !e.is_empty())
                && !keywords.iter().any(|k| lexicon::is_concept(k));
            let since = if continues { previous_start } else { s_start };
            measure = last_since(&claims, since, |c| c.quantity.kind == Kind::Percent && c.quantity.unit == q.unit)
                .filter(|c| c.change == change)
                .and_then(|c| c.measure.clone());
        }
        // A percentage that still names no measure, a level in a clause that speaks of nothing
        // the lexicon knows but people (`kommen die Christdemokraten auf 31,2 Prozent`, `Die
        // SPD landet bei 26,3 Prozent`), measures what a percentage of the report's event
        // does: in a report of an election, a vote share (see `lexicon::PERCENT_OF_EVENT`).
        if measure.is_none() && q.kind == Kind::Percent && !change {
            let specific =
                keywords.iter().any(|k| lexicon::is_concept(k) && !lexicon::is_group(k) && !lexicon::is_vague(k));
            if !specific {
                measure = report_event.get_or_init(|| event_of_report(&doc)).map(str::to_string);
            }
        }
        nearby_keywords.retain(|c| !keywords.contains(c));
        let framing = incidental(&doc, si, q, qi, &in_sentence, measure.as_deref());
        let claim = Claim {
            id,
            status: Status::Unreviewed,
            fact: None,
            note: None,
            origin: Origin::Extracted,
            stale: false,
            source: source.id.clone(),
            lang: Some(doc.lang()),
            quantity: q.clone(),
            sentence: source.text[s_start..s_end].to_string(),
            sentence_start: s_start,
            sentence_end: s_end,
            entities: ents,
            nearby,
            places: places(&doc, si, q, entities.get(si).map_or(&[][..], |e| e.as_slice())),
            keywords,
            measure,
            nearby_keywords,
            time,
            attribution: attribution(&doc, si, q, nouns),
            modality: modality(&doc, si, q),
            incidental: framing,
            converted: converted(&source.text, q, &in_sentence),
            change,
            earlier: earlier(&doc, si, q, &in_sentence),
            subset: subset(&doc, si, q, &in_sentence),
            extra: Default::default(),
        };
        claims.push(claim);
    }
    // An increment is a change of a measure the report gives elsewhere too (`weitere 11,5
    // Prozent` of a stake it puts at 21 % further on); of anything else it is one more
    // figure (`killed 62 people … another 34 are missing`).
    shared_with_conversions(&source.text, &mut claims);
    for i in 0..claims.len() {
        if increments[i] && !claims[i].change {
            let m = claims[i].measure.as_deref();
            claims[i].change =
                m.is_some() && claims.iter().enumerate().any(|(j, o)| j != i && o.measure.as_deref() == m);
        }
    }
    moves(&doc, &mut claims);
    claims
}

/// The names of `entities` that a place preposition introduces in the figure's own clause
/// (see [`Claim::places`]), in text order.
fn places(doc: &Doc, si: usize, q: &Quantity, entities: &[String]) -> Vec<String> {
    let Some(&(a, b)) = doc.sentence_toks.get(si) else { return Vec::new() };
    let toks = &doc.toks[a..b];
    let (lang, rules) = (doc.lang(), doc.lang().rules());
    let mut out: Vec<String> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        let Some(next) = toks.get(k + 1) else { break };
        if t.kind != TokKind::Word
            || !rules.locatives.contains(&t.lower.as_str())
            || clause_gap(toks, q, next, CLAUSE_BREAKS).0
        {
            continue;
        }
        let rest = &doc.source.text[next.start..];
        // The longest name starting there (`Myanmar Quake` before `Myanmar`).
        let name = entities.iter().filter(|e| rest.starts_with(e.as_str())).max_by_key(|e| e.len());
        // A weekday or a measure's own word places nothing (`in Friday's quake`).
        let name =
            name.filter(|e| !rules.not_names.contains(e.to_lowercase().as_str()) && concepts(e, lang).is_empty());
        if let Some(name) = name.filter(|e| !out.contains(e)) {
            out.push(name.clone());
        }
    }
    out
}

/// Whether the word right before the figure is one of `words` (a move's `from` or `to`),
/// earlier-value cues passed over (`from formerly around 9 percent`).
fn after_word(doc: &Doc, q: &Quantity, words: &[&str]) -> bool {
    let k = doc.toks.partition_point(|t| t.start < q.start);
    let skip = doc.lang().rules().earlier;
    doc.toks[..k]
        .iter()
        .rev()
        .find(|t| !(t.kind == TokKind::Word && skip.contains(&t.lower.as_str())))
        .is_some_and(|t| t.kind == TokKind::Word && words.contains(&t.lower.as_str()))
}

/// Whether the figure counts part of a group counted before it in its sentence (see
/// [`crate::lang::Rules::subset_after`]): `eight of them`, `davon 12`.
fn subset(doc: &Doc, si: usize, q: &Quantity, in_sentence: &[&Quantity]) -> bool {
    let Some(&(a, b)) = doc.sentence_toks.get(si) else { return false };
    let toks = &doc.toks[a..b];
    let rules = doc.lang().rules();
    let first = toks.partition_point(|t| t.start < q.start);
    let after = toks.partition_point(|t| t.start < q.end);
    let part = rules.subset_after.starts_at(toks, after) || rules.subset_before.match_before(toks, first).is_some();
    // Only after a figure the sentence gave before: `davon` opening a sentence refers back
    // further than we read.
    part && in_sentence.iter().any(|o| o.kind != Kind::Date && o.end <= q.start)
}

/// The two figures of a move (`raised its stake to 21 percent, from around 9 percent`, `von
/// 9 auf 21 Prozent`): the `from` figure is the earlier value of what the `to` figure of its
/// sentence measures: whichever end's clause names no measure takes the other's. So does a
/// change and the level it reached (`um 7,2 Prozent auf 19,4 Milliarden Euro`).
fn moves(doc: &Doc, claims: &mut [Claim]) {
    let rules = doc.lang().rules();
    let to: Vec<bool> = claims.iter().map(|c| after_word(doc, &c.quantity, rules.to_words)).collect();
    // A change and the level it reached (`Der Umsatz stieg um 7,2 Prozent auf 19,4
    // Milliarden Euro`, `revenue rose 7.2% to €19.4bn`): one measure word, which the nearer
    // change took, serves both.
    for j in 1..claims.len() {
        let (c, level) = (&claims[j - 1], &claims[j]);
        let reached = to[j]
            && c.change
            && !level.change
            && c.sentence_start == level.sentence_start
            && level.quantity.kind != Kind::Date
            && doc
                .source
                .text
                .get(c.quantity.end..level.quantity.start)
                .is_some_and(|gap| gap.split_whitespace().count() == 1 && !gap.contains([',', ';', '(', ')']));
        if reached {
            share_measure(claims, j - 1, j);
        }
    }
    for i in 0..claims.len() {
        let c = &claims[i];
        if c.quantity.kind == Kind::Date || !after_word(doc, &c.quantity, rules.from_words) {
            continue;
        }
        let like = |o: &Claim| {
            o.quantity.kind == c.quantity.kind || [o.quantity.kind, c.quantity.kind].contains(&Kind::Number)
        };
        // Claims are in text order: the sentence's are one run around `i`.
        let same = |j: &usize| claims[*j].sentence_start == c.sentence_start;
        let lo = (0..i).rev().take_while(same).last().unwrap_or(i);
        let hi = (i..claims.len()).take_while(same).last().unwrap_or(i);
        let Some(j) = (lo..=hi).find(|&j| j != i && to[j] && like(&claims[j])) else {
            continue;
        };
        // One measure word serves both ends (`Anteil von 9 auf 21 Prozent`).
        share_measure(claims, i, j);
        claims[i].earlier = true;
        // A date right after the start of the move dates that start only (`rose to 74.4%
        // from 66.5% in 2021`, `von 66,5 Prozent im Jahr 2019 auf 74,4 Prozent`): the end
        // is the report's own time.
        if let Some(t) = claims[j].time.clone().filter(|t| claims[i].time.as_ref().is_some_and(|o| o.text == t.text)) {
            let (from, to) = (&claims[i].quantity, &claims[j].quantity);
            let at = claims[i].sentence.find(&t.text).map(|k| claims[i].sentence_start + k);
            // The figure the date follows most closely.
            let follows_from = at.is_some_and(|p| from.end <= p && (to.end > p || to.end <= from.start));
            if follows_from {
                claims[j].time = None;
            }
        }
    }
}

/// The id: a hash of the source, the kind and unit of the figure, the words of its sentence
/// outside any figure, and which occurrence of that key it is. Editing text elsewhere, or
/// the figure's own digits, leaves it unchanged.
pub fn claim_id(key: &str, occurrence: usize) -> String {
    let digest = Sha256::digest(format!("{key}#{occurrence}").as_bytes());
    let hex: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("c{hex}")
}

/// The sentence's words outside any figure, lowercased and sorted.
fn context_words(doc: &Doc, si: usize, figures: &[&Quantity]) -> Vec<String> {
    let Some(&(a, b)) = doc.sentence_toks.get(si) else { return Vec::new() };
    let mut words: Vec<String> = doc.toks[a..b]
        .iter()
        .filter(|t| t.kind == TokKind::Word && !figures.iter().any(|q| t.start >= q.start && t.end <= q.end))
        .map(|t| t.lower.to_string())
        .collect();
    words.sort();
    words.dedup();
    words
}

/// Whether `word`, in uppercase, is a common acronym. Asked of most capitalised words: an
/// ASCII word (nearly all) is compared letter by letter, with no uppercase copy made.
fn is_common_acronym(word: &str) -> bool {
    if word.is_ascii() {
        let is =
            |a: &str| a.len() == word.len() && a.bytes().zip(word.bytes()).all(|(x, y)| x == y.to_ascii_uppercase());
        return common::ACRONYMS.iter().copied().chain(every_language(|c| c.acronyms)).any(is);
    }
    let upper = word.to_uppercase();
    common::ACRONYMS.contains(&upper.as_str()) || every_language(|c| c.acronyms).any(|a| a == upper)
}

/// A determiner or contracted article of any language (see [`crate::lang::Cues::determiners`]).
fn is_determiner(word: &str) -> bool {
    every_language(|c| c.determiners).any(|d| d == word)
}

/// Names in a sentence: quoted names, runs of capitalised words, words with inner capitals,
/// and (where every noun is capitalised) capitalised words the dossier never uses as nouns.
///
/// A sentence's first word is capitalised whatever it is, so there it counts as a name only
/// if the document uses it as one elsewhere (`known`, asked of such words only).
fn sentence_entities<'a>(
    doc: &Doc<'a>,
    si: usize,
    nouns: &NounMemo,
    figures: &[(usize, usize)],
    known: &mut dyn FnMut(&'a str) -> bool,
) -> Vec<String> {
    let Some(&(a, b)) = doc.sentence_toks.get(si) else { return Vec::new() };
    let toks = &doc.toks[a..b];
    // Figures are in text order: the one that could hold a word starts at or before it.
    let in_figure = |t: &Tok| {
        let k = figures.partition_point(|&(s, _)| s <= t.start);
        figures[..k].iter().rev().take(4).any(|&(s, e)| t.start >= s && t.end <= e)
    };
    let rules = doc.lang().rules();
    let mut out: Vec<String> = Vec::new();
    let push = |e: String, out: &mut Vec<String>| {
        if !e.is_empty() && !out.contains(&e) {
            out.push(e);
        }
    };
    let word = |t: &Tok| t.kind == TokKind::Word;
    // Words of a clock time are no names (`9 Uhr`, `0930 GMT`).
    let clock = |t: &Tok| {
        crate::lang::common::is_time_zone(doc.text(t)) || rules.clock_words.starts_at(std::slice::from_ref(t), 0)
    };
    let cap =
        |t: &Tok| word(t) && !in_figure(t) && doc.text(t).chars().next().is_some_and(char::is_uppercase) && !clock(t);
    // A name's text, with digits written onto it: `R1`, `H100`.
    let name_end = |k: usize| {
        if toks.get(k + 1).is_some_and(|n| n.kind == TokKind::Num && !n.space_before) {
            toks[k + 1].end
        } else {
            toks[k].end
        }
    };
    let inner_caps = |t: &Tok| {
        let s = doc.text(t);
        word(t) && s.chars().skip(1).any(char::is_uppercase) && !is_common_acronym(s) && s.chars().count() >= 2
    };
    let nouns_capitalised = rules.nouns_capitalised;
    let nounish = |t: &Tok| nouns_capitalised && !inner_caps(t) && nouns.like(doc.text(t));
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        // Quoted names: „Avocado“, 'Mango', "Behemoth".
        if t.kind == TokKind::Sym && matches!(t.lower.as_str(), "„" | "“" | "\"" | "'" | "»" | "«" | "‚" | "‘")
        {
            let inner: Vec<&Tok> = toks[k + 1..].iter().take_while(|x| word(x) && cap(x)).take(4).collect();
            let close = toks.get(k + 1 + inner.len());
            if !inner.is_empty()
                && inner.len() <= 3
                && close.is_some_and(|c| {
                    c.kind == TokKind::Sym && matches!(c.lower.as_str(), "“" | "”" | "\"" | "'" | "«" | "»" | "‘" | "’")
                })
            {
                let s = doc.source.text[inner[0].start..inner[inner.len() - 1].end].to_string();
                push(s, &mut out);
                k += inner.len() + 2;
                continue;
            }
        }
        // Runs of two or more capitalised words: Mark Zuckerberg, Scale AI, Menlo Park.
        if cap(t) {
            let mut j = k;
            while j < toks.len()
                && cap(&toks[j])
                && (j == k || toks[j].space_before)
                && !rules.stopwords.contains(toks[j].lower.as_str())
            {
                j += 1;
            }
            // Trim common nouns off the ends of the run: `Forschern Guillaume Lample`.
            let (mut f, mut l) = (k, j);
            while f < l && (nounish(&toks[f]) || is_determiner(&toks[f].lower)) {
                f += 1;
            }
            while l > f && nounish(&toks[l - 1]) {
                l -= 1;
            }
            if j - k >= 2 && l - f >= 2 {
                let s = doc.source.text[toks[f].start..name_end(l - 1)].to_string();
                push(s, &mut out);
                k = j;
                continue;
            }
            if j - k >= 2 && l - f == 1 && f != k {
                // What remains of the run is one word, judged below on its own.
                k = f;
                continue;
            }
            let initial = k == 0;
            let compound = toks.get(k + 1).is_some_and(|n| n.is_sym('-') && !n.space_before);
            let single = if inner_caps(t) {
                true
            } else if compound || initial {
                // `Llama-Team`, `Nvidia-Beschleuniger`: a compound's first part is a name when
                // the document uses it as one on its own, or a place any language names.
                known(doc.text(t)) || crate::lang::known_place(&t.lower)
            } else if rules.stopwords.contains(t.lower.as_str()) || rules.months.starts_at(toks, k) {
                false
            } else if !nouns_capitalised {
                // Where only names are capitalised, a capitalised word is one.
                true
            } else {
                let after_determiner = k > 0 && is_determiner(&toks[k - 1].lower);
                !after_determiner && !compound && !nouns.like(doc.text(t))
            };
            if single && !is_common_acronym(doc.text(t)) {
                push(doc.source.text[t.start..name_end(k)].to_string(), &mut out);
            }
        }
        k += 1;
    }
    out
}

/// [`noun_like`] with the dossier's nouns, each word's answer remembered: names are found
/// twice in every sentence (see [`extract`]), and news repeats its words, across sources too.
struct NounMemo<'n> {
    nouns: &'n Nouns,
    memo: std::cell::RefCell<HashMap<compact_str::CompactString, bool>>,
}

impl<'n> NounMemo<'n> {
    fn new(nouns: &'n Nouns) -> Self {
        NounMemo { nouns, memo: Default::default() }
    }

    fn like(&self, word: &str) -> bool {
        if let Some(&known) = self.memo.borrow().get(word) {
            return known;
        }
        let like = noun_like(word, self.nouns);
        self.memo.borrow_mut().insert(word.into(), like);
        like
    }
}

/// A capitalised word that reads as a common noun in a language that capitalises every
/// noun: seen after a determiner in the dossier (by stem), a typical noun suffix, a
/// plural/dative ending, or a lexicon word. Asked of a source in any language (an English
/// attribution's words too), as it always was of German. A place the language names its own
/// way is a name whatever its ending (`Sardinien`, `Österreichs`: see
/// [`crate::lang::english_place`]).
fn noun_like(word: &str, nouns: &Nouns) -> bool {
    let lower = word.to_lowercase();
    Lang::ALL.iter().filter(|l| l.rules().nouns_capitalised).any(|&lang| {
        if crate::lang::english_place(lang, &lower).is_some() {
            return false;
        }
        let cues = &lang.rules().cues;
        // What the dossier shows first: a word seen after a determiner is a noun; one
        // another language writes as a name is a name, whatever its ending.
        nouns.has_stem(lexicon::normalize(&lower, lang))
            || !lexicon::concepts(word, lang).is_empty()
            || !nouns.written_as_name(&lower)
                && (cues.noun_suffixes.iter().any(|s| lower.ends_with(s))
                    || cues.noun_plural_endings.iter().any(|e| lower.ends_with(e))
                        && !word.chars().skip(1).any(char::is_uppercase))
    })
}

/// Concepts that say how a figure changed or who judges it, not what it measures: they
/// never become a claim's [`Claim::measure`].
const NOT_MEASURES: &[&str] = &["growth", "remain", "leave", "estimate", "decline", "change", "cut", "support"];
/// Bytes a generic concept (the broader sense of some entry, `spending`) counts as farther
/// from the figure than it is, so that a specific word a few words off (`capex`) wins.
const GENERIC_PENALTY: usize = 30;
/// Bytes a measure word across a clause-joining word counts as farther from a figure than
/// it is: in `the count of injured rose to 3,408 and the missing figure to 139` the 3,408
/// keeps `injured` though `missing` is nearer.
const CONJUNCTION_PENALTY: usize = 50;
/// Bytes between a referring noun and its figure (`the new total of 1,644`, `die Zahl der
/// Opfer stieg bis Sonntag auf 700`).
const REFERS_BACK_GAP: usize = 24;
/// Bytes a vague counted noun (`people`) counts as farther from its figure than it is, so
/// that a word of its clause saying what befell the people (`killed`) wins wherever it
/// stands in the clause.
const VAGUE_NOUN_PENALTY: usize = 1_000;

/// What the lexicon says of a token, asked once per source: [`keywords`] reads its
/// sentence's words again for every figure there.
#[derive(Clone, Copy, Default)]
struct TokLex {
    /// The concepts of the token and the next word as a two-word phrase.
    phrase: Option<&'static [&'static str]>,
    /// The concepts of the word starting at the token (a hyphen compound whole).
    concepts: Option<&'static [&'static str]>,
    /// The token's stem.
    stem: Option<&'static str>,
}

/// Concept keys and stems of the sentence's words, nearest to the figure first; and the
/// figure's measure, chosen among the concepts of its own clause by [`assign_measure`].
fn keywords(
    doc: &Doc,
    si: usize,
    q: &Quantity,
    figures: &[&Quantity],
    lex: &mut [TokLex],
) -> (Vec<String>, Option<String>) {
    let Some(&(a, b)) = doc.sentence_toks.get(si) else { return (Vec::new(), None) };
    let lex = &mut lex[a..b];
    let toks = &doc.toks[a..b];
    // The word a percentage is taken of (`31,9 Prozent der Stimmen`), read once.
    let whole = if q.kind == Kind::Percent { partitive_whole(toks, q, doc.lang()) } else { None };
    // Measure words of the figure's own clause: (start, end, distance, concept).
    let mut candidates: Vec<(usize, usize, usize, &'static str)> = Vec::new();
    // A count of people (`144 people`, `2719 Menschen`): its noun says nothing of which.
    // The concepts of the noun a count counts (none for any other figure).
    let counted_concepts =
        if counts_noun(q) { q.unit.as_deref().map(|u| concepts(u, doc.lang())).unwrap_or_default() } else { &[] };
    let vague_count = !counted_concepts.is_empty() && counted_concepts.iter().all(|k| lexicon::is_vague(k));
    // A count of a group (`513 Abgeordnete`, `513 lawmakers`): what its clause says the
    // group did at a vote is what it measures (see [`lexicon::GROUP_ACTS`]).
    // Not the whole a part is taken of (`513 of the Bundestag's 733 lawmakers backed it`).
    // A percentage of a group of people is measured the same way (`96% of union members
    // backed the walkout`: the share in favour); a percentage of anything else, or of no
    // stated whole, may be what was backed (`backed a 5% rise`).
    // The whole's noun may follow a modifier (`of union members`).
    let of_people = |whole: &[Tok]| {
        whole.iter().take(2).filter(|t| t.kind == TokKind::Word).any(|t| {
            let found = concepts(doc.text(t), doc.lang());
            !found.is_empty() && found.iter().all(|k| lexicon::is_group(k) || lexicon::is_vague(k))
        })
    };
    let group_count = whole.is_some_and(|w| of_people(&toks[w..]))
        || !counted_concepts.is_empty()
            && counted_concepts.iter().all(|k| lexicon::is_group(k))
            && !is_whole(doc, si, q, figures);
    let mut acted = false;
    // The noun an amount is per (`62 Euro je Aktie`, `€68.50 a share`) says what the amount
    // is a rate of, not what it measures: the offer's, the dividend's, the price's word does.
    let per_words = &doc.lang().rules().per_words;
    let denominator = |t: &Tok| {
        q.kind == Kind::Money && t.start > q.end && {
            let between = toks_within(toks, q.end, t.start);
            per_words.match_at(between, 0).is_some_and(|(_, n)| n == between.len())
        }
    };
    let mut consider = |t: &Tok, distance: usize, concept: &'static str| {
        if denominator(t) {
            return;
        }
        let own = t.start >= q.start && t.end <= q.end;
        let act = if group_count && !own && distance < 100_000 { lexicon::group_act(concept) } else { None };
        if let Some(measure) = act {
            candidates.push((t.start, t.end, distance, measure));
            acted = true;
            return;
        }
        if distance >= 100_000 || NOT_MEASURES.contains(&concept) {
            return;
        }
        // An event that says what a percentage of it measures, and nothing else (`bei der
        // Wahl auf 30,9 Prozent` is a vote share; the election's date or cost is no vote).
        if let Some(of_event) = lexicon::percent_of_event(concept) {
            if q.kind == Kind::Percent {
                candidates.push((t.start, t.end, distance, of_event));
            }
            return;
        }
        // A share of members measures what the members did, not the members.
        if q.kind == Kind::Percent && lexicon::is_group(concept) {
            return;
        }
        if counts_noun(q) && !own && !(vague_count && lexicon::is_person_state(concept)) {
            return;
        }
        // A vague counted noun yields to what its clause says befell the people, a group's
        // noun to what the group did.
        let vague_own = if vague_count && own { VAGUE_NOUN_PENALTY } else { 0 };
        candidates.push((t.start, t.end, distance + generic_penalty(concept) + vague_own, concept));
    };
    let counted = q.unit.as_deref().filter(|_| matches!(q.kind, Kind::Count | Kind::Ratio)).unwrap_or("");
    let lang = doc.lang();
    let stop = &lang.rules().stopwords;
    // (distance, concept or stem, whether a concept): all interned, nothing to allocate.
    let mut scored: Vec<(usize, &'static str, bool)> = Vec::new();
    // Words in another clause (across a comma, semicolon or dash) come after every word of
    // the figure's own: in `nur noch drei geblieben, 11 waren ausgeschieden` the 11 left.
    // Across a clause-joining word a word is farther, too. Every figure of the sentence
    // competes for the words by this same distance (see `assign_measure`).
    let (conjunctions, subordinators) = (lang.rules().conjunctions, lang.rules().subordinators);
    let distance = |f: &Quantity, t: &Tok| {
        let (joined, subordinate) = joined_across(toks, f, t, conjunctions, subordinators);
        t.start.abs_diff((f.start + f.end) / 2)
            + if subordinate || clause_gap(toks, f, t, CLAUSE_BREAKS).0 { 100_000 } else { 0 }
            + if joined { CONJUNCTION_PENALTY } else { 0 }
    };
    let distance_of = |t: &Tok| if t.start >= q.start && t.end <= q.end { 0 } else { distance(q, t) };
    // The second word of a two-word phrase is the phrase's, not a word of its own (`emergency
    // package` is aid, though a `package` alone is an offer).
    let mut in_phrase = false;
    for (k, t) in toks.iter().enumerate() {
        if std::mem::take(&mut in_phrase) {
            continue;
        }
        // Two-word phrases first: their words may be function words (`nur noch`).
        if let Some(n) = toks.get(k + 1).filter(|n| t.kind == TokKind::Word && n.kind == TokKind::Word) {
            let phrase = *lex[k].phrase.get_or_insert_with(|| phrase_concepts(doc.text(t), doc.text(n), lang));
            if !phrase.is_empty() {
                // The phrase stands where its nearer word stands.
                let near = if distance_of(n) < distance_of(t) { n } else { t };
                let distance = distance_of(near);
                consider(near, distance, phrase[0]);
                scored.extend(phrase.iter().map(|&c| (distance, c, true)));
                in_phrase = true;
                continue;
            }
        }
        // Split forms (`nahm … an`, `stimmten … gegen …`): the particle later in the clause,
        // closing it unless the form allows an object after it.
        if t.kind == TokKind::Word {
            for form in lexicon::split_concepts(&t.lower, lang) {
                let mut rest =
                    clause_rest(&toks[k + 1..]).skip_while(|x| x.kind != TokKind::Word || x.lower != form.particle);
                let particle = rest.next();
                let found = particle.is_some() && (!form.final_only || rest.all(|x| x.kind != TokKind::Word));
                if let (true, Some(particle)) = (found && !form.concepts.is_empty(), particle) {
                    // The form spans both words: its nearer word is its distance.
                    let distance = distance_of(t).min(distance_of(particle));
                    consider(t, distance, form.concepts[0]);
                    scored.extend(form.concepts.iter().map(|&c| (distance, c, true)));
                }
            }
        }
        if t.kind != TokKind::Word || t.lower.chars().count() < 3 || stop.contains(t.lower.as_str()) {
            continue;
        }
        // Scale, currency and month words say nothing about what is measured; the counted
        // noun does.
        let inside = figures.iter().any(|f| t.start >= f.start && t.end <= f.end);
        if (inside && !counted.contains(doc.text(t))) || lang.rules().months.starts_at(toks, k) {
            continue;
        }
        let distance = distance_of(t);
        // Hyphen compounds are one word for the lexicon: `Nvidia-Beschleuniger`.
        let found = *lex[k].concepts.get_or_insert_with(|| {
            let mut word = std::borrow::Cow::Borrowed(doc.text(t));
            let mut e = k + 1;
            while e + 1 < toks.len()
                && toks[e].is_sym('-')
                && !toks[e].space_before
                && !toks[e + 1].space_before
                && toks[e + 1].kind == TokKind::Word
            {
                word = format!("{word}-{}", doc.text(&toks[e + 1])).into();
                e += 2;
            }
            concepts(&word, lang)
        });
        if let Some(first) = found.first() {
            consider(t, distance, first);
        }
        if found.is_empty() {
            let stem = *lex[k].stem.get_or_insert_with(|| lexicon::normalize(doc.text(t), lang));
            scored.push((distance, stem, false));
        } else {
            scored.extend(found.iter().map(|&c| (distance, c, true)));
        }
    }
    // A unit that is itself a measure says what its figure measures, wherever the unit word
    // stands (`der Stärke 7,7`, `a 7.7-magnitude quake`, `5 GW`): its dimension's concept.
    if let Some(e) = q.dimension.and_then(|d| lexicon::entry(d.as_str())) {
        candidates.push((q.start, q.end, generic_penalty(e.concept), e.concept));
        scored.push((0, e.concept, true));
    }
    // Concepts first (they cross languages), then stems; each by distance.
    scored.sort_by(|x, y| y.2.cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(y.1)));
    let mut out: Vec<String> = Vec::new();
    for (_, w, _) in scored {
        if !out.iter().any(|o| o == w) {
            out.push(w.to_string());
        }
        if out.len() == 16 {
            break;
        }
    }
    // A percentage of a whole (`31,9 Prozent der Stimmen`, `20% of the shares`) measures
    // its share of that whole, whatever verb stands nearer (`holte 31,9 Prozent`).
    if let Some(whole) = whole.map(|w| &toks[w]) {
        for c in candidates.iter_mut().filter(|c| c.0 == whole.start) {
            c.2 = 0;
        }
    }
    // A group's noun yields to what its clause says the group did.
    if acted {
        for c in candidates.iter_mut().filter(|c| c.0 >= q.start && c.1 <= q.end) {
            c.2 += VAGUE_NOUN_PENALTY;
        }
    }
    // A candidate's word, by its start (tokens are in text order).
    let distance_to = |f: &Quantity, start: usize| match toks.binary_search_by_key(&start, |t| t.start) {
        Ok(k) => distance(f, &toks[k]),
        Err(_) => start.abs_diff((f.start + f.end) / 2),
    };
    let measure = assign_measure(q, figures, &candidates, &distance_to).map(|k| {
        let (start, _, _, concept) = candidates[k];
        // A percentage *of* a whole measures the share it is (`20 % der Aktien` is a stake).
        let partitive = q.kind == Kind::Percent && start >= q.end;
        partitive.then(|| lexicon::share_of(concept)).flatten().unwrap_or(concept).to_string()
    });
    (out, measure)
}

/// The report's last claim so far, back to byte `since` (a sentence's start), that `matches`:
/// whose measure a figure naming its own only by reference, or in a list, takes.
fn last_since(claims: &[Claim], since: usize, matches: impl Fn(&Claim) -> bool) -> Option<&Claim> {
    claims.iter().rev().take_while(|c| c.sentence_start >= since).find(|c| matches(c))
}

/// The index of the word a percentage is taken of, after up to three partitive words
/// (`31,9 Prozent der Stimmen`, `20% of the shares`).
fn partitive_whole(toks: &[Tok], q: &Quantity, lang: Lang) -> Option<usize> {
    let partitive = lang.rules().partitive;
    let after = toks.partition_point(|t| t.start < q.end);
    let skipped = toks[after..].iter().take(3).take_while(|t| partitive.contains(&t.lower.as_str())).count();
    (skipped > 0 && after + skipped < toks.len()).then_some(after + skipped)
}

/// Bytes between a part and its whole (`513 of the Bundestag's 733`).
const PART_WHOLE_GAP: usize = 40;

/// Whether the figure is the whole another figure of its sentence is a part of: it follows
/// that figure's ratio connector (`513 of the Bundestag's 733 lawmakers`, `53 von 69`).
fn is_whole(doc: &Doc, si: usize, q: &Quantity, figures: &[&Quantity]) -> bool {
    let Some(&(a, b)) = doc.sentence_toks.get(si) else { return false };
    let toks = &doc.toks[a..b];
    let connectors = &doc.lang().rules().ratio_connectors;
    figures.iter().any(|p| {
        p.kind != Kind::Date
            && p.end <= q.start
            && q.start - p.end <= PART_WHOLE_GAP
            && connectors.starts_at(toks, toks.partition_point(|t| t.start < p.end))
    })
}

/// A count measures what it counts: its noun's concept, or nothing the lexicon knows
/// (`200 Millionen kleinen Unternehmen` is no measure of the offers next to it).
fn counts_noun(f: &Quantity) -> bool {
    f.unit.is_some() && matches!(f.kind, Kind::Count | Kind::Ratio) && !is_duration(f)
}

/// Whether a figure counts units of time (`sechs Jahre`, `seven weeks`): a duration, whose
/// noun says nothing of what lasted; its clause does (`Haft`, `strike`, `contract`).
fn is_duration(f: &Quantity) -> bool {
    f.kind == Kind::Count && f.unit.as_deref().and_then(crate::lang::time_unit).is_some()
}

/// See [`GENERIC_PENALTY`]: a vague concept (`majority`, `people`) yields to a specific word
/// the same way (`mit einer Mehrheit von 94,6 Prozent … fiel durch` measures no votes).
fn generic_penalty(concept: &str) -> usize {
    if lexicon::is_generic(concept) || lexicon::is_vague(concept) {
        GENERIC_PENALTY
    } else {
        0
    }
}

/// The figure's measure: each figure of the sentence takes its nearest measure word, the
/// nearest pairs first, and a word goes to one figure only — so in `the death toll from the
/// 7.7-magnitude quake has reached 2,719` the 7.7 takes `magnitude` and the toll `death
/// toll`, and in `513 Ja-Stimmen und 207 Nein-Stimmen` each count keeps its own. A date
/// takes no word (it dates the figure); a count takes only its own noun.
fn assign_measure(
    q: &Quantity,
    figures: &[&Quantity],
    candidates: &[(usize, usize, usize, &'static str)],
    distance_to: &dyn Fn(&Quantity, usize) -> usize,
) -> Option<usize> {
    let others: Vec<&Quantity> =
        figures.iter().copied().filter(|f| f.kind != Kind::Date && (f.start, f.end) != (q.start, q.end)).collect();
    // A duration takes only a word no other figure of its clause wants (`Acht Tage nach dem
    // Beben ist die Zahl der Toten auf 3.354 gestiegen`: the dead are the 3,354).
    let yields = |f: &Quantity| if is_duration(f) { DURATION_YIELD } else { 0 };
    // Per other figure, read once: whether it counts a noun, and what it yields.
    let others: Vec<(&Quantity, bool, usize)> = others.into_iter().map(|f| (f, counts_noun(f), yields(f))).collect();
    let own_yield = yields(q);
    // (distance, figure: 0 for `q`, candidate)
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (k, &(start, end, distance, concept)) in candidates.iter().enumerate() {
        pairs.push((distance + own_yield, 0, k));
        for (n, &(f, counts, yielded)) in others.iter().enumerate() {
            let own = start >= f.start && end <= f.end;
            if counts && !own {
                continue;
            }
            let d = if own { 0 } else { distance_to(f, start) } + generic_penalty(concept) + yielded;
            pairs.push((d, n + 1, k));
        }
    }
    pairs.sort_unstable();
    let mut figure_done = vec![false; others.len() + 1];
    let mut word_taken = vec![false; candidates.len()];
    for (_, f, k) in pairs {
        if figure_done[f] || word_taken[k] {
            continue;
        }
        if f == 0 {
            return Some(k);
        }
        figure_done[f] = true;
        word_taken[k] = true;
    }
    None
}

/// Clause breaks for keywords: a colon introduces what it qualifies (`Kostenpunkt: 200 Mio.`).
const CLAUSE_BREAKS: &[&str] = &[",", ";", "–", "—"];
/// Clause breaks for requirement cues: an apposition between dashes belongs to its clause.
const REQUIREMENT_BREAKS: &[&str] = &[",", ";", ":"];
/// Dashes: an apposition's pair, or one dash opening what follows.
const DASHES: &[&str] = &["–", "—"];
/// Clause breaks for attribution and modality cues.
const CUE_BREAKS: &[&str] = &[",", ";", ":", "–", "—"];

/// The tokens from the start of `toks` up to the clause's end (a [`CLAUSE_BREAKS`] mark or
/// the sentence's end): where a separable verb's particle stands.
fn clause_rest(toks: &[Tok]) -> impl Iterator<Item = &Tok> {
    toks.iter().take_while(|t| !(t.kind == TokKind::Sym && CLAUSE_BREAKS.contains(&t.lower.as_str())))
}

/// The tokens lying wholly within bytes `lo..hi`. Tokens are in text order and do not
/// overlap, so they are one run, found by binary search: the clause tests below run for
/// every word and figure of a sentence, and need not walk the whole sentence each time.
fn toks_within(toks: &[Tok], lo: usize, hi: usize) -> &[Tok] {
    let first = toks.partition_point(|x| x.start < lo);
    let end = toks.partition_point(|x| x.end <= hi).max(first);
    &toks[first..end]
}

/// Whether a clause break (one of `breaks`) stands between word `t` and figure `q`, and the
/// byte gap between them.
fn clause_gap(toks: &[Tok], q: &Quantity, t: &Tok, breaks: &[&str]) -> (bool, usize) {
    let (lo, hi) = if t.end <= q.start { (t.end, q.start) } else { (q.end, t.start) };
    let other = toks_within(toks, lo, hi).iter().any(|x| x.kind == TokKind::Sym && breaks.contains(&x.lower.as_str()));
    (other, hi.saturating_sub(lo))
}

/// Whether a word joining two clauses ([`crate::lang::Rules::conjunctions`]), and whether
/// one opening a subordinate clause ([`crate::lang::Rules::subordinators`]), stands between
/// word `t` and figure `q`: one pass over the words between.
fn joined_across(toks: &[Tok], q: &Quantity, t: &Tok, conjunctions: &[&str], subordinators: &[&str]) -> (bool, bool) {
    let (lo, hi) = if t.end <= q.start { (t.end, q.start) } else { (q.end, t.start) };
    let (mut joined, mut subordinate) = (false, false);
    for x in toks_within(toks, lo, hi).iter().filter(|x| x.kind == TokKind::Word) {
        joined |= conjunctions.contains(&x.lower.as_str());
        subordinate |= subordinators.contains(&x.lower.as_str());
    }
    (joined, subordinate)
}

/// Whether the figure's measure is named only by a word referring back to an earlier one
/// ([`crate::lang::Rules::refers_back`]): next to the figure (`the new total of 1,644`, `the
/// 1,002 total`, `die Zahl stieg auf 700`), in its own clause.
fn refers_back(doc: &Doc, si: usize, q: &Quantity) -> bool {
    let Some(&(a, b)) = doc.sentence_toks.get(si) else { return false };
    let toks = &doc.toks[a..b];
    let words = doc.lang().rules().refers_back;
    toks.iter().any(|t| {
        t.kind == TokKind::Word && !(t.start >= q.start && t.end <= q.end) && words.contains(&t.lower.as_str()) && {
            let (other_clause, gap) = clause_gap(toks, q, t, CLAUSE_BREAKS);
            !other_clause && gap <= REFERS_BACK_GAP
        }
    })
}

/// Sentences of a report's lead: where it says what it reports on.
const LEAD_SENTENCES: usize = 3;

/// What a percentage of the report's event measures, when its title or lead names an event
/// the lexicon knows (`Landtagswahl`, `election`: a vote share); the first named.
fn event_of_report(doc: &Doc) -> Option<&'static str> {
    let lang = doc.lang();
    let title = doc.source.meta.title.as_deref().unwrap_or("");
    let title_words = title.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| w.chars().count() >= 3);
    let lead_end =
        doc.sentence_toks.get(LEAD_SENTENCES.min(doc.sentence_toks.len()).saturating_sub(1)).map_or(0, |s| s.1);
    let body_words = doc.toks[..lead_end]
        .iter()
        .filter(|t| t.kind == TokKind::Word && t.lower.chars().count() >= 3)
        .map(|t| doc.text(t));
    title_words.chain(body_words).find_map(|w| concepts(w, lang).iter().find_map(|c| lexicon::percent_of_event(c)))
}

/// The lexicon concepts of a sentence, in text order.
fn sentence_concepts(doc: &Doc, si: usize) -> Vec<String> {
    let Some(&(a, b)) = doc.sentence_toks.get(si) else { return Vec::new() };
    let mut out: Vec<String> = Vec::new();
    for t in doc.toks[a..b].iter().filter(|t| t.kind == TokKind::Word && t.lower.chars().count() >= 3) {
        for c in concepts(doc.text(t), doc.lang()) {
            if !out.iter().any(|o| o == c) {
                out.push(c.to_string());
            }
        }
    }
    out
}

/// The nearest date in the same sentence.
fn time_scope(doc: &Doc, si: usize, q: &Quantity, in_sentence: &[&Quantity]) -> Option<TimeScope> {
    let toks = doc.sentence_toks.get(si).map_or(&[][..], |&(a, b)| &doc.toks[a..b]);
    let rules = doc.lang().rules();
    // A date in a later clause, past another figure, dates that figure: in `118,436
    // applications were filed, down 29.6% from 168,215 a year earlier and roughly half the
    // level of 2024`, the 2024 is not the year of the 118,436. (A date before the figure
    // frames what follows: `für das Gesamtjahr 2025 auf … 72 Milliarden, was die
    // Erwartungen von 51,3 Milliarden übertrifft`.)
    let anothers = |o: &Quantity| {
        let Some(first) = toks.iter().find(|t| t.start >= o.start).filter(|_| o.start >= q.end) else { return false };
        let between = in_sentence.iter().any(|x| x.kind != Kind::Date && x.start >= q.end && x.end <= o.start);
        between
            && (clause_gap(toks, q, first, CUE_BREAKS).0
                || joined_across(toks, q, first, rules.conjunctions, rules.subordinators).0)
    };
    let d =
        in_sentence.iter().filter(|o| o.kind == Kind::Date && o.start != q.start && !anothers(o)).min_by_key(|o| {
            if o.start >= q.end {
                o.start - q.end
            } else {
                q.start.saturating_sub(o.end)
            }
        })?;
    Some(TimeScope {
        text: d.text.clone(),
        value: d.value.to_string(),
        low: d.low.as_ref().map(ToString::to_string),
        high: d.high.as_ref().map(ToString::to_string),
    })
}

/// Who the sentence says the figure comes from: `laut interner Prognose`, `Wired berichtet`,
/// `according to analysts`. The marker nearest to the figure wins.
fn attribution(doc: &Doc, si: usize, q: &Quantity, nouns: &Nouns) -> Option<String> {
    let &(a, b) = doc.sentence_toks.get(si)?;
    let toks = &doc.toks[a..b];
    let mut best: Option<((bool, usize), String)> = None;

    let mut consider = |distance: (bool, usize), s: String| {
        if !s.is_empty() && best.as_ref().is_none_or(|(d, _)| distance < *d) {
            best = Some((distance, s));
        }
    };
    for (k, t) in toks.iter().enumerate() {
        let distance = clause_gap(toks, q, t, CUE_BREAKS);
        if let Some((_, then)) = every_language(|c| c.attribution_before).find(|(w, _)| *w == t.lower) {
            let k0 =
                if then.is_some_and(|then| toks.get(k + 1).is_some_and(|n| n.lower == then)) { k + 2 } else { k + 1 };
            // `laut interner Prognose`, `laut der New York Times`: up to the head noun, then a
            // name may go on (`New York Times`), a common noun may not (`Berichten Pakete`).
            let mut words: Vec<&Tok> = Vec::new();
            let mut headed = false;
            for x in toks[k0.min(toks.len())..].iter().take_while(|x| x.kind == TokKind::Word).take(5) {
                let capital = x.is_capitalised(&doc.source.text);
                if headed && (!capital || noun_like(doc.text(x), nouns)) {
                    break;
                }
                headed |= capital;
                words.push(x);
            }
            if let (Some(f), Some(l)) = (words.first(), words.last()) {
                consider(distance, doc.source.text[f.start..l.end].to_string());
            }
        } else if doc.lang().rules().speech_verbs.contains(&t.lower.as_str()) && !t.is_capitalised(&doc.source.text) {
            // (A capitalised form is a noun: `laut mehreren Berichten`.)
            // The named subject before the verb (`Wired berichtet`, `Min Aung Hlaing
            // announced`), else right after it (`teilte General Min Aung Hlaing mit`).
            let name = |x: &&Tok| {
                x.kind == TokKind::Word
                    && x.is_capitalised(&doc.source.text)
                    && !doc.lang().rules().not_names.contains(x.lower.as_str())
            };
            let before: Vec<&Tok> = toks[..k].iter().rev().take_while(name).take(4).collect();
            let after: Vec<&Tok> = toks[k + 1..].iter().take_while(name).take(4).collect();
            if let (Some(l), Some(f)) = (before.first(), before.last()) {
                consider(distance, doc.source.text[f.start..l.end].to_string());
            } else if let (Some(f), Some(l)) = (after.first(), after.last()) {
                consider(distance, doc.source.text[f.start..l.end].to_string());
            }
        } else if every_language(|c| c.attribution_after).any(|w| w == t.lower) && k > 0 {
            consider(distance, doc.source.text[toks[k - 1].start..t.end].to_string());
        } else if every_language(|c| c.attribution_words).any(|w| w == t.lower)
            || every_language(|c| c.attribution_stems).any(|w| t.lower.starts_with(w))
        {
            consider(distance, doc.text(t).to_string());
        }
    }
    best.map(|(_, s)| s)
}

/// How the sentence presents the figure: the cue word nearest to it decides.
fn modality(doc: &Doc, si: usize, q: &Quantity) -> Modality {
    let Some(&(a, b)) = doc.sentence_toks.get(si) else { return Modality::Fact };
    let mut best: Option<((bool, usize), Modality)> = None;
    let toks = &doc.toks[a..b];
    // A requirement word of the figure's own clause decides, an apposition between dashes
    // included (`a two-thirds majority — at least 489 votes —`, `Erforderlich waren
    // mindestens 489 Stimmen`); across a comma it is another figure's (`won 520 votes, 31
    // more than necessary`).
    // A lone dash is no apposition: it opens what follows (`49,29 Prozent – zu wenig für
    // das vorgeschriebene Quorum`), so it breaks the clause like a comma.
    let dash = |t: &Tok| t.kind == TokKind::Sym && DASHES.contains(&t.lower.as_str());
    let lone_dash = toks.iter().filter(|t| dash(t)).count() == 1;
    let required = doc.lang().rules().required;
    if toks.iter().any(|t| {
        t.kind == TokKind::Word
            && !(t.start >= q.start && t.end <= q.end)
            && required.contains(&t.lower.as_str())
            && !clause_gap(toks, q, t, REQUIREMENT_BREAKS).0
            && !(lone_dash && clause_gap(toks, q, t, DASHES).0)
    }) {
        return Modality::Required;
    }
    for t in toks {
        if t.kind != TokKind::Word || (t.start >= q.start && t.end <= q.end) {
            continue;
        }
        let w = t.lower.as_str();
        let m = if every_language(|c| c.estimate).any(|c| w.starts_with(c) || w.contains(c)) {
            Modality::Estimate
        } else if every_language(|c| c.forecast).any(|c| w.starts_with(c))
            || every_language(|c| c.forecast_words).any(|c| c == w)
        {
            Modality::Forecast
        } else if every_language(|c| c.plan).any(|c| w.starts_with(c))
            && !every_language(|c| c.not_plan).any(|c| c == w)
        {
            Modality::Plan
        } else {
            continue;
        };
        // A cue in the figure's own clause beats a nearer one across a comma; and in its own
        // clause a third party's estimate beats the verb they estimate with (`Analysts had
        // expected $68.7 billion` is the analysts' estimate, not a forecast).
        let (other_clause, gap) = clause_gap(toks, q, t, CUE_BREAKS);
        let d = (other_clause, if m == Modality::Estimate && !other_clause { 0 } else { gap + 1 });
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, m));
        }
    }
    best.map_or(Modality::Fact, |(_, m)| m)
}

/// Whether an increment word stands right before the figure (see
/// [`crate::lang::ChangeCues::increments`]): a change only of a measure the report gives
/// elsewhere too (decided in [`extract`]).
fn increment(doc: &Doc, si: usize, q: &Quantity) -> bool {
    let Some(&(a, b)) = doc.sentence_toks.get(si) else { return false };
    let toks = &doc.toks[a..b];
    let first = toks.partition_point(|t| t.start < q.start);
    let words = doc.lang().rules().change.increments;
    q.kind != Kind::Date
        && first >= 1
        && toks[first - 1].kind == TokKind::Word
        && words.contains(&toks[first - 1].lower.as_str())
}

/// Whether the figure is a change rather than a level, by the language's cues next to it
/// (see [`crate::lang::ChangeCues`]): `fell 2.3%`, `rose by 5%`, `ein Plus von 4 Prozent`,
/// `3 Prozent mehr`, `+4,4 Prozentpunkte`. Dates are never changes.
fn change(doc: &Doc, si: usize, q: &Quantity) -> bool {
    if q.kind == Kind::Date {
        return false;
    }
    // The figure's own plus sign (`+2,7 Punkte`), unless it marks a level above zero on
    // a scale that has one (`+5 Grad`).
    if q.text.starts_with('+') && q.dimension != Some(crate::quantity::Dimension::Temperature) {
        return true;
    }
    // Percentage points are a difference of two percentages by what they are (`shrank 2.3
    // percentage points`, `um 2,3 Prozentpunkte`, `a lead of 5 points`): whether or not a
    // cue stands by them, they are never a level.
    if q.kind == Kind::Percent && q.unit.as_deref() == Some("pp") {
        return true;
    }
    let Some(&(a, b)) = doc.sentence_toks.get(si) else { return false };
    let toks = &doc.toks[a..b];
    let cues = &doc.lang().rules().change;
    let mut first = toks.partition_point(|t| t.start < q.start);
    let is = |t: &Tok, list: &[&str]| t.kind == TokKind::Word && list.contains(&t.lower.as_str());
    // A count of a noun is what a verb by it did, not how much something moved: `cut about
    // 6,000 jobs` counts job cuts, `4,500 investors lost €120m` counts investors. Only `by`
    // with a change word, or a change noun's `of`, makes it a change (`um 500 Stellen
    // gesunken`, `an increase of 500 jobs`).
    let counted = q.kind == Kind::Count && q.unit.is_some();
    if !counted && first >= 1 && is(&toks[first - 1], cues.before) {
        return true;
    }
    if first >= 2 && toks[first - 1].kind == TokKind::Word && cues.fillers.contains(&toks[first - 1].lower.as_str()) {
        first -= 1;
    }
    let after = toks.partition_point(|t| t.start < q.end);
    let starts = |t: &Tok, list: &[&str]| t.kind == TokKind::Word && list.iter().any(|c| t.lower.starts_with(c));
    let prev = first.checked_sub(1).map(|k| &toks[k]);
    // A separable verb of change whose particle closes the figure's own clause.
    let separable = |t: &Tok| {
        cues.separable.iter().any(|(verb, particle)| {
            is(t, &[verb]) && clause_rest(&toks[after..]).any(|t| t.kind == TokKind::Word && t.lower == *particle)
        })
    };
    if let Some(p) = prev {
        if p.is_sym('+') && p.end == toks[first].start {
            return true;
        }
        if !counted && (is(p, cues.before) || q.kind != Kind::Money && is(p, cues.before_not_money)) {
            return true;
        }
        // `legte 3 Prozent zu`: the particle must close the figure's own clause.
        if separable(p) {
            return true;
        }
        // `um` / `by`: only with a change word in the figure's own clause, or a separable
        // verb of change before it whose particle closes the clause (`gab im Handel um
        // knapp zwei Prozent nach`).
        if is(p, cues.by) {
            let in_clause =
                |k: usize, t: &Tok| (k < first - 1 || k >= after) && !clause_gap(toks, q, t, CLAUSE_BREAKS).0;
            let changed = toks.iter().enumerate().any(|(k, t)| in_clause(k, t) && starts(t, cues.words));
            let separated = || toks[..first - 1].iter().enumerate().any(|(k, t)| in_clause(k, t) && separable(t));
            if changed || separated() {
                return true;
            }
        }
        // `von` / `of` after a change noun.
        if is(p, cues.of) {
            let noun = first.checked_sub(2).map(|k| &toks[k]);
            // The plural too: `Lohnkürzungen`, `increases`.
            let ends = |w: &str, c: &str| {
                w.ends_with(c)
                    || every_language(|c| c.change_noun_endings)
                        .any(|p| w.strip_suffix(p).is_some_and(|w| w.ends_with(c)))
            };
            if noun.is_some_and(|n| n.kind == TokKind::Word && cues.nouns.iter().any(|c| ends(&n.lower, c))) {
                return true;
            }
        }
    }
    // `3 Prozent mehr`, `a 38% (wage) increase`.
    !counted
        && toks.get(after..(after + 2).min(toks.len())).is_some_and(|next| {
            next.first().is_some_and(|t| is(t, cues.after))
                || next.len() == 2
                    && next[0].kind == TokKind::Word
                    && !doc.lang().rules().stopwords.contains(next[0].lower.as_str())
                    && is(&next[1], cues.after)
        })
}

/// Whether the figure's own clause calls it an earlier value (see
/// [`crate::lang::Rules::earlier`]). Dates are never earlier values.
fn earlier(doc: &Doc, si: usize, q: &Quantity, in_sentence: &[&Quantity]) -> bool {
    if q.kind == Kind::Date {
        return false;
    }
    let Some(&(a, b)) = doc.sentence_toks.get(si) else { return false };
    let toks = &doc.toks[a..b];
    let rules = doc.lang().rules();
    // A phrase-final cue is of the figure right before it.
    let phrase_end = |k: usize, t: &Tok| {
        toks.get(k + 1).is_none_or(|n| n.kind == TokKind::Sym)
            && q.end <= t.start
            && !in_sentence.iter().any(|f| f.start >= q.end && f.end <= t.start)
    };
    let in_clause = |t: &Tok| {
        t.kind == TokKind::Word && !(t.start >= q.start && t.end <= q.end) && !clause_gap(toks, q, t, CLAUSE_BREAKS).0
    };
    let said = toks.iter().enumerate().any(|(k, t)| {
        let w = t.lower.as_str();
        in_clause(t) && (rules.earlier.contains(&w) || rules.earlier_final.contains(&w) && phrase_end(k, t))
    });
    // The past perfect with `already` (`hatte sich zuletzt schon 21 Prozent gesichert`, `had
    // already reached 1,000`): a state before the one the report tells.
    let (had, already) = rules.had_already;
    let word_in = |words: &[&str]| toks.iter().any(|t| in_clause(t) && words.contains(&t.lower.as_str()));
    said || word_in(had) && word_in(already)
}

/// Bytes between an amount and its conversion in parentheses: `€15 billion (about
/// £12.4 billion)`, `500 Milliarden Euro (rund 544 Milliarden Dollar)`.
const CONVERSION_GAP: usize = 24;

/// Whether a money figure only converts the amount before it into another currency: it
/// follows that amount in parentheses, a few words on. Such a figure restates the other
/// at some exchange rate; it never contradicts another conversion.
fn converted(text: &str, q: &Quantity, in_sentence: &[&Quantity]) -> bool {
    q.kind == Kind::Money && in_sentence.iter().any(|p| is_conversion(text, p, q))
}

/// An amount and its conversion in parentheses measure one thing, whichever of them stands
/// nearer the measure's word: in `a €3.12bn (£2.7bn) fine` the word goes to the pound
/// figure, the nearer, and the euro amount, which the report states, names nothing. Each
/// then takes the other's measure when it has none.
fn shared_with_conversions(text: &str, claims: &mut [Claim]) {
    for i in 0..claims.len() {
        if !claims[i].converted {
            continue;
        }
        let q = &claims[i].quantity;
        let original = (0..i).rev().find(|&j| {
            let p = &claims[j].quantity;
            claims[j].sentence_start == claims[i].sentence_start && is_conversion(text, p, q)
        });
        if let Some(j) = original {
            share_measure(claims, j, i);
        }
    }
}

/// Two figures one measure word serves (the ends of a move, a change and the level it
/// reached, an amount and its conversion): whichever names no measure takes the other's.
fn share_measure(claims: &mut [Claim], i: usize, j: usize) {
    let measure = claims[j].measure.clone().or_else(|| claims[i].measure.clone());
    for k in [i, j] {
        if claims[k].measure.is_none() {
            claims[k].measure.clone_from(&measure);
        }
    }
}

/// Whether money `q` converts money `p` before it: another currency in parentheses a few
/// words on (see [`converted`]).
fn is_conversion(text: &str, p: &Quantity, q: &Quantity) -> bool {
    p.kind == Kind::Money
        && q.kind == Kind::Money
        && p.unit != q.unit
        && p.end <= q.start
        && q.start - p.end <= CONVERSION_GAP
        && text.get(p.end..q.start).is_some_and(|gap| gap.contains('(') && !gap.contains(')'))
}

/// Figures that only frame another or count the page rather than the story: a date that
/// is another figure's time scope, a duration, a dateline, a page's furniture.
fn incidental(
    doc: &Doc,
    si: usize,
    q: &Quantity,
    index: usize,
    in_sentence: &[&Quantity],
    measure: Option<&str>,
) -> bool {
    if q.kind == Kind::Date {
        // Only the first figure can be a dateline: the first line is looked for once.
        let first_line_end =
            || doc.source.body().find('\n').map_or(doc.source.text.len(), |i| i + doc.source.body_start);
        let dateline = index == 0
            && q.end <= first_line_end()
            && doc.source.meta.date.is_some_and(|d| q.value.to_string() == d.to_string());
        let frames_other = in_sentence.iter().any(|o| o.kind != Kind::Date && o.start != q.start);
        return dateline || frames_other;
    }
    // A duration frames another figure of its sentence unless its clause says that
    // something which lasts lasted so long (`zu sechs Jahren Haft`, `a five-year
    // contract`: see `lexicon::LASTING`); with no other figure to frame it is a fact of its
    // own (`Prosecutors had sought eight and a half years`, `Sie erhielt drei Jahre und neun
    // Monate`). Either way a framing word by it makes it frame (`seit neun Jahren`, `five
    // years ago`, `Vier Tage nach dem Unglück`).
    if is_duration(q) {
        let others = in_sentence.iter().any(|o| o.start != q.start && o.kind != Kind::Date && !is_duration(o));
        return others && !measure.is_some_and(lexicon::is_lasting) || framed(doc, si, q);
    }
    furniture(doc, si, in_sentence)
}

/// What a duration adds to its distance to a measure word: more than any distance within a
/// clause, less than the mark of another clause (100,000).
const DURATION_YIELD: usize = 50_000;

/// Words before a duration that may stand between a framing word and it (`innerhalb von`,
/// `in den vergangenen`, `over the past`).
const FRAME_REACH: usize = 3;

/// Whether a framing word stands by duration `q`: up to [`FRAME_REACH`] words before it
/// (`seit`, `within`) or right after it (`ago`, `zuvor`).
fn framed(doc: &Doc, si: usize, q: &Quantity) -> bool {
    let Some(&(from, to)) = doc.sentence_toks.get(si) else { return false };
    let toks = &doc.toks[from..to];
    let first = toks.partition_point(|t| t.start < q.start);
    let after = toks.partition_point(|t| t.start < q.end);
    let before = &toks[first.saturating_sub(FRAME_REACH)..first];
    before.iter().any(|t| every_language(|c| c.duration_frames_before).any(|w| w == t.lower))
        || toks.get(after).is_some_and(|t| every_language(|c| c.duration_frames_after).any(|w| w == t.lower))
}

/// Whether sentence `si` is a page's furniture: figures and furniture words only (`6
/// Ansichten`, `Kommentare (12)`, `1.2K views · 3 min read`). In a sentence of the story
/// such a word counts what the story is about (`bekam rund 98.000 Kommentare`).
fn furniture(doc: &Doc, si: usize, in_sentence: &[&Quantity]) -> bool {
    let Some(&(from, to)) = doc.sentence_toks.get(si) else { return false };
    let is_furniture = |w: &str| every_language(|c| c.page_furniture).any(|f| w.starts_with(f));
    let within = |t: &Tok| in_sentence.iter().any(|q| q.start <= t.start && t.end <= q.end);
    let mut any = false;
    for t in doc.toks[from..to].iter().filter(|t| t.kind == TokKind::Word) {
        if is_furniture(&t.lower) {
            any = true;
        } else if !within(t) {
            // A word of the sentence's own: the story's.
            return false;
        }
    }
    // Every count counts furniture (`1.2K views`, but not `300 Stellen · 6 Ansichten`).
    let counts_furniture = in_sentence.iter().all(|q| {
        q.kind != Kind::Count || q.unit.as_deref().is_some_and(|u| is_furniture(lexicon::normalize(u, doc.lang())))
    });
    any && counts_furniture
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn claims(text: &str) -> Vec<Claim> {
        let s = Source::from_text("t", Path::new("t.txt"), text.to_string(), None).unwrap();
        extract(&s, &noun_evidence(std::slice::from_ref(&s)))
    }

    /// Asserts the measure of each (text, figure, measure).
    fn assert_measures(cases: &[(&str, &str, &str)]) {
        for &(text, figure, want) in cases {
            assert_eq!(claim_of(text, figure).measure.as_deref(), Some(want), "{text}: {figure}");
        }
    }

    /// The claim of `text` whose figure contains `figure`.
    fn claim_of(text: &str, figure: &str) -> Claim {
        let c = claims(text);
        c.iter().find(|x| x.quantity.text.contains(figure)).cloned().unwrap_or_else(|| panic!("{text}: {c:#?}"))
    }

    #[test]
    fn a_name_another_language_writes_as_one_is_a_name_whatever_its_ending() {
        // German place names end like plural nouns (`-en`): alone, `Oberwiesen` reads as
        // one; an English report of the same dossier writing it capitalised inside a
        // sentence shows it is a name, in every German report of the dossier.
        let de = "Nach dem Zugunglück bei Oberwiesen ist die Zahl der Toten auf fünf gestiegen.";
        let en = "Five people were killed when two trains collided near Oberwiesen on Sunday.";
        let source =
            |id: &str, text: &str, lang| Source::from_text(id, Path::new(id), text.to_string(), Some(lang)).unwrap();
        let (de, en) = (source("de", de, Lang::De), source("en", en, Lang::En));
        let alone = extract(&de, &noun_evidence(std::slice::from_ref(&de)));
        assert!(alone[0].entities.is_empty(), "{:?}", alone[0].entities);
        let both = [de, en];
        let claims = extract_all(&both);
        assert_eq!(claims[0][0].entities, vec!["Oberwiesen".to_string()]);
        assert!(claims[1][0].entities.contains(&"Oberwiesen".to_string()));
        // A word the dossier uses after a determiner stays a noun, whatever English does
        // with it (`the Bank of England`, `die Bank`).
        let de = source("de", "Die Bank meldete am Montag einen Gewinn von 12 Millionen Euro.", Lang::De);
        let en = source("en", "Shares of the Bank of England rose 2% on Monday.", Lang::En);
        let claims = extract_all(&[de, en]);
        assert!(!claims[0][0].entities.iter().any(|e| e == "Bank"), "{:?}", claims[0][0].entities);
    }

    #[test]
    fn a_vote_share_measures_which_way_the_vote_went() {
        // German separable verbs name the vote with their particle at the clause's end, or
        // with a preposition before the object; a vague `Mehrheit` yields to them.
        assert_measures(&[
            ("Bei der Abstimmung nahm eine Mehrheit von 59 Prozent den Vorschlag an.", "59 Prozent", "yes_votes"),
            ("In the ballot 59% of members voted for the proposal.", "59%", "yes_votes"),
            ("Eine Mehrheit von mehr als 90 Prozent wies das Angebot zurück.", "90 Prozent", "no_votes"),
            ("A majority of more than 90% rejected the offer.", "90%", "no_votes"),
            ("Am Mittwoch stimmten 64 Prozent der Mitglieder gegen das Angebot.", "64 Prozent", "no_votes"),
            ("On Wednesday 64% of members voted against the offer.", "64%", "no_votes"),
        ]);
        // `an` that does not close the clause is a preposition: no vote.
        let c = claim_of("Die Partei nahm mit 300 Delegierten an dem Parteitag teil.", "300");
        assert_ne!(c.measure.as_deref(), Some("yes_votes"));
    }

    #[test]
    fn a_percentage_of_no_measure_in_a_report_of_an_election_is_a_vote_share() {
        for (text, figure) in [
            ("Die CDU hat die Landtagswahl gewonnen. Nach dem Ergebnis kommen die Christdemokraten auf 31,2 Prozent.", "31,2"),
            ("The CDU won the state election. After the count the Christian Democrats stand at 31.2 percent.", "31.2"),
        ] {
            assert_eq!(claim_of(text, figure).measure.as_deref(), Some("vote_share"), "{text}");
        }
        // Without an election in the lead, or with a measure of its own, it is not.
        let c = claim_of("Die Firma wuchs kräftig. Nach dem Ergebnis kommt sie auf 31,2 Prozent.", "31,2");
        assert_ne!(c.measure.as_deref(), Some("vote_share"));
        let c = claim_of("The CDU won the election. Turnout rose to 68.7 percent.", "68.7");
        assert_eq!(c.measure.as_deref(), Some("turnout"));
    }

    #[test]
    fn a_unit_that_is_a_measure_says_what_its_figure_measures() {
        // The unit's word may stand before the figure and the clause speak of something else.
        assert_measures(&[
            ("Bei dem Erdbeben der Stärke 7,7 seien 1.670 Menschen verletzt worden.", "7,7", "magnitude"),
            ("Bei dem Erdbeben der Stärke 7,7 seien 1.670 Menschen verletzt worden.", "1.670", "injured"),
            ("In the 7.7 magnitude quake 737 people were injured.", "7.7", "magnitude"),
            ("In the 7.7 magnitude quake 737 people were injured.", "737", "injured"),
            ("Das Rechenzentrum soll auf 5 GW wachsen.", "5 GW", "power"),
            ("The data centre is to grow to 5 GW.", "5 GW", "power"),
        ]);
    }

    #[test]
    fn a_count_of_a_group_measures_what_the_group_did_at_a_vote() {
        assert_measures(&[
            ("Demnach votierten 513 Abgeordnete mit Ja, 207 mit Nein.", "513", "yes_votes"),
            ("Some 513 parliamentary members backed the proposal.", "513", "yes_votes"),
            ("Im Rat befürworteten 40 Mitglieder den Antrag.", "40", "yes_votes"),
            ("At the congress 40 members voted against the motion.", "40", "no_votes"),
            // The whole a part is taken of keeps its own noun.
            ("513 of the Bundestag's 733 lawmakers backed it.", "733", "lawmaker"),
            ("Zuckerberg hat sich an mehr als 45 Forscher von OpenAI gewandt.", "45", "researcher"),
        ]);
        // Support is no measure of anything but a group's count.
        let c = claim_of("The project is backed by a loan of 5 billion dollars.", "5 billion");
        assert_ne!(c.measure.as_deref(), Some("yes_votes"));
    }

    #[test]
    fn a_requirement_is_not_an_outcome() {
        // (sentence, figure, required)
        for (text, figure, want) in [
            ("Erforderlich für die Zweidrittelmehrheit waren mindestens 489 Stimmen.", "489", true),
            ("Nötig gewesen wären nur 46 Stimmen.", "46", true),
            ("They needed a two-thirds majority — at least 489 votes — in the Bundestag.", "489", true),
            ("The 50% required to win was out of reach.", "50%", true),
            // Across a comma the requirement is another figure's.
            ("The package won 520 votes in the Bundestag, 31 more than necessary.", "520", false),
            ("Das Paket erhielt 520 Stimmen, mehr als nötig.", "520", false),
            // A lone dash opens what follows, as a comma does.
            ("Es beteiligten sich 49,29 Prozent – zu wenig für das vorgeschriebene Quorum.", "49,29", false),
            ("Turnout was 49.29% – short of the required quorum.", "49.29", false),
        ] {
            assert_eq!(claim_of(text, figure).modality == Modality::Required, want, "{text}");
        }
    }

    #[test]
    fn the_noun_an_amount_is_per_is_not_its_measure() {
        // `je Aktie`, `per share`: what the amount is a rate of; the clause's other word
        // says what it measures.
        assert_measures(&[
            ("Die Dividende steigt auf 2,10 Euro je Aktie.", "2,10 Euro", "dividend"),
            ("The board proposed a dividend of €2.10 per share.", "€2.10", "dividend"),
            ("Das Angebot von 62 Euro je Aktie gilt bis Oktober.", "62 Euro", "offer"),
            ("The offer of €62 a share runs until October.", "€62", "offer"),
        ]);
    }

    #[test]
    fn savings_stakes_and_shares_are_read_from_their_words() {
        assert_measures(&[
            ("Der Konzern spart Kosten von mehr als 15 Milliarden Euro pro Jahr ein.", "15 Milliarden", "savings"),
            ("The group will save more than 15 billion euros a year.", "15 billion", "savings"),
            // The words of ownership name a stake.
            ("Die gesamte Position beläuft sich jetzt auf rund 28 Prozent.", "28 Prozent", "stake"),
            ("It brought its exposure to around 28%.", "28%", "stake"),
            // A percentage of a whole measures the share it is.
            ("Die Bank hält jetzt etwa 20 Prozent der Aktien.", "20 Prozent", "stake"),
            ("The bank now holds about 20% of the shares.", "20%", "stake"),
            ("Die Partei erhielt 40 Prozent der Stimmen.", "40 Prozent", "vote_share"),
            // The whole decides whatever verb stands nearer.
            ("Sie holte 31,9 Prozent der Stimmen.", "31,9 Prozent", "vote_share"),
            ("The party took 31.9% of all votes.", "31.9%", "vote_share"),
            ("The party won 40% of the votes.", "40%", "vote_share"),
        ]);
        // Before the figure, the shares are what moved.
        assert_ne!(claim_of("Die Aktien fielen um 2 Prozent.", "2 Prozent").measure.as_deref(), Some("stake"));
    }

    #[test]
    fn a_part_of_a_group_counted_before_is_a_subset() {
        for (text, figure, want) in [
            ("Nine people died in Bangkok, eight of them at the building site.", "eight", true),
            ("Nine people died in Bangkok, eight of them at the building site.", "Nine", false),
            ("In Bayern starben 20 Menschen, davon 12 in München.", "12", true),
            ("Davon stammten 4 Milliarden aus den Gesprächen.", "4 Milliarden", false),
            ("Eight of the workers returned.", "Eight", false),
        ] {
            assert_eq!(claim_of(text, figure).subset, want, "{text}: {figure}");
        }
    }

    #[test]
    fn a_count_of_people_measures_what_befell_them() {
        // (sentence, figure, measure), German and English side by side.
        assert_measures(&[
            ("Mindestens 144 Menschen sind bei dem Beben ums Leben gekommen.", "144 Menschen", "deaths"),
            ("At least 144 people were killed in the quake.", "144 people", "deaths"),
            ("Mehr als 300 Menschen wurden verletzt.", "300 Menschen", "injured"),
            ("More than 300 people were injured.", "300 people", "injured"),
            ("Rund 5.000 Menschen wurden evakuiert.", "5.000 Menschen", "evacuated"),
            ("About 5,000 people were evacuated.", "5,000 people", "evacuated"),
        ]);
        // A count of people says nothing more when its clause does not.
        let c = claims("Die Stadt hat 3,5 Millionen Menschen.");
        assert_eq!(c[0].measure.as_deref(), Some("people"), "{c:#?}");
    }

    #[test]
    fn each_clause_keeps_its_own_measure_word() {
        // (text, figure, measure), German and English side by side: a word across a comma or
        // a clause-joining `and` belongs to the figure of its own clause.
        assert_measures(&[
            ("Die Zahl der Verletzten stieg auf 3.408 und 139 Menschen werden vermisst.", "3.408", "injured"),
            ("Die Zahl der Verletzten stieg auf 3.408 und 139 Menschen werden vermisst.", "139", "missing"),
            ("The count of injured increased to 3,408 and the missing figure rose to 139.", "3,408", "injured"),
            ("The count of injured increased to 3,408 and the missing figure rose to 139.", "139", "missing"),
            ("Neun Menschen starben in Bangkok, acht davon auf der Baustelle.", "Neun Menschen", "deaths"),
            ("Nine people have been confirmed dead in Bangkok, eight of them at the site.", "Nine people", "deaths"),
            ("Rund 4521 hätten Verletzungen erlitten.", "4521", "injured"),
        ]);
    }

    #[test]
    fn a_place_preposition_places_the_figure_of_its_clause() {
        // (text, figure, places)
        let cases: [(&str, &str, &[&str]); 5] = [
            ("In Bangkok starben neun Menschen, in Myanmar wurden 2.719 Tote gezählt.", "neun", &["Bangkok"]),
            ("In Bangkok starben neun Menschen, in Myanmar wurden 2.719 Tote gezählt.", "2.719", &["Myanmar"]),
            ("Nine people died in Bangkok, eight of them at the site.", "Nine", &["Bangkok"]),
            ("Friday's quake in Myanmar has killed 2,719 people.", "2,719", &["Myanmar"]),
            ("The toll from Friday's quake has reached 2,719 in Friday's count.", "2,719", &[]),
        ];
        for (text, figure, want) in cases {
            assert_eq!(claim_of(text, figure).places, want, "{text}: {figure}");
        }
    }

    #[test]
    fn a_referring_noun_takes_the_measure_given_before() {
        let cases = [
            ("Die Zahl der Toten stieg auf über 1.600. Die neue Bilanz liegt bei 1.644.", "1.644"),
            ("The death toll climbed to more than 1,600. The new total of 1,644 marks a steep jump.", "1,644"),
        ];
        for (text, figure) in cases {
            assert_eq!(claim_of(text, figure).measure.as_deref(), Some("deaths"), "{text}");
        }
        // Nothing measured before: nothing to refer to.
        assert_eq!(claim_of("The new total of 1,644 marks a steep jump.", "1,644").measure, None);
    }

    #[test]
    fn the_start_of_a_move_is_the_earlier_value_of_its_end() {
        // (text, from-figure): it takes the to-figure's measure and is marked earlier.
        let cases = [
            ("Die Bank erhöhte ihre Beteiligung auf 21 Prozent, von zuvor rund 9 Prozent.", "9 Prozent"),
            ("The bank raised its stake to 21 percent, from formerly around 9 percent.", "9 percent"),
            ("The bank raised its stake to 21 percent from 9 percent.", "9 percent"),
            ("Die Bank stockte ihren Anteil von 9 Prozent auf 21 Prozent auf.", "9 Prozent"),
        ];
        for (text, figure) in cases {
            let c = claim_of(text, figure);
            assert_eq!((c.measure.as_deref(), c.earlier), (Some("stake"), true), "{text}");
            let end = claim_of(text, "21");
            assert_eq!((end.measure.as_deref(), end.earlier), (Some("stake"), false), "{text}");
        }
        // `von` without a move is just `of`.
        assert!(!claim_of("Ein Anteil von 9 Prozent bleibt beim Bund.", "9 Prozent").earlier);
    }

    #[test]
    fn a_date_at_the_start_of_a_move_dates_the_start_only() {
        for (text, end, start) in [
            ("Turnout rose to 74.4% from 66.5% in 2021.", "74.4%", "66.5%"),
            ("Die Wahlbeteiligung stieg von 66,5 Prozent im Jahr 2019 auf 74,4 Prozent.", "74,4", "66,5"),
        ] {
            assert!(claim_of(text, start).time.is_some(), "{text}");
            assert!(claim_of(text, end).time.is_none(), "{text}");
        }
        // A date nearer the end is the end's.
        let c = claim_of("The stake rose from 9% to 21% in September 2024.", "21%");
        assert!(c.time.is_some());
    }

    #[test]
    fn an_earlier_value_is_marked_in_both_languages() {
        // (sentence, figure, earlier)
        let cases = [
            ("Vorher war bei der Junta noch von 144 Toten die Rede.", "144", true),
            ("Staatliche Medien hatten die Zahl zuvor mit 1.002 beziffert.", "1.002", true),
            ("Bislang sind 694 Tote bestätigt.", "694", false),
            ("Previously the government had put the toll at 1,002.", "1,002", true),
            ("The toll has risen to 1,644.", "1,644", false),
            ("It was 1,644, up from the 1,002 given only hours before.", "1,002", true),
            ("The 1,644 dead were counted before noon.", "1,644", false),
            ("The new total of 1,644 is up on the 1,002 given only hours before.", "1,644", false),
            ("Die Zahl lag tags davor bei 1.002.", "1.002", true),
            // The past perfect with `already` is a state before the one reported.
            ("Rechnerisch hatte sich die Bank zuletzt schon 21 Prozent der Anteile gesichert.", "21 Prozent", true),
            ("By then the bank had already built a 21% holding.", "21%", true),
            // Either alone is not.
            ("Die Bank hält bereits 21 Prozent der Anteile.", "21 Prozent", false),
            ("The bank had bought 21% of the shares.", "21%", false),
        ];
        for (text, figure, want) in cases {
            assert_eq!(claim_of(text, figure).earlier, want, "{text}");
        }
    }

    #[test]
    fn a_verb_in_s_before_an_article_is_not_a_counted_noun() {
        let claim = claim_of("The new total of 1,644 marks a steep jump over the earlier count.", "1,644");
        assert_eq!((claim.quantity.text.as_str(), claim.quantity.unit.as_deref()), ("1,644", None), "{claim:#?}");
        let c = claims("The company sold 1,644 cars a day.");
        assert_eq!(c[0].quantity.unit.as_deref(), Some("cars"), "{c:#?}");
    }

    #[test]
    fn each_figure_takes_its_own_measure_word() {
        let c = claims("The death toll from the 7.7-magnitude quake in Myanmar has reached 2,719, officials said.");
        let of = |text: &str| c.iter().find(|x| x.quantity.text == text).and_then(|x| x.measure.clone());
        assert_eq!(of("2,719").as_deref(), Some("deaths"), "{c:#?}");
        let c = claims("Im Bundestag stimmten 513 Abgeordnete mit Ja-Stimmen und 207 mit Nein-Stimmen.");
        let measures: Vec<Option<String>> = c.iter().map(|x| x.measure.clone()).collect();
        assert_ne!(measures[0], measures[1], "{measures:?}");
    }

    #[test]
    fn changes_and_levels_in_both_languages() {
        // (sentence, figure, is a change), German and English side by side.
        let cases = [
            ("Die Aktie fiel um 2,3 Prozent.", "2,3 Prozent", true),
            ("Shares fell 2.3% on Monday.", "2.3%", true),
            ("Die Bank erhöhte ihren Anteil um weitere 11,5 Prozent auf 21 Prozent.", "11,5 Prozent", true),
            ("Die Bank erhöhte ihren Anteil um weitere 11,5 Prozent auf 21 Prozent.", "21 Prozent", false),
            ("The bank raised its stake by 11.5% and now holds 21%.", "11.5%", true),
            ("The bank raised its stake by 11.5% and now holds 21%.", "21%", false),
            ("Die Aktie schloss mit einem Minus von 1,7 Prozent.", "1,7 Prozent", true),
            ("The shares were down 0.4% at noon.", "0.4%", true),
            ("Das Angebot sah eine Lohnerhöhung von 25 Prozent vor.", "25 Prozent", true),
            ("The offer contains a 38% wage increase over four years.", "38%", true),
            ("Boeing bot 35 % mehr Gehalt.", "35 %", true),
            ("Vom Tisch sind die Lohnkürzungen von zehn Prozent.", "zehn Prozent", true),
            ("Staff were asked to take a 10% pay cut.", "10%", true),
            ("Es geht um 500 Milliarden Euro für die Infrastruktur.", "500 Milliarden Euro", false),
            ("The deal was backed by 59% of members.", "59%", false),
            ("Der Bund hält 12 Prozent an der Bank.", "12 Prozent", false),
            ("The state holds a 12% stake in the bank.", "12%", false),
            ("The company lost $5 billion in the quarter.", "$5 billion", false),
            ("Die Grünen gewannen 3 Prozent hinzu.", "3 Prozent", true),
            // A separable verb says a change only with its particle: `legte ... zu`.
            ("Die Aktie legte 3 Prozent zu.", "3 Prozent", true),
            ("Am Montag legten 12.000 Beschäftigte die Arbeit nieder.", "12.000 Beschäftigte", false),
            ("Shares picked up 3% on Monday.", "3%", true),
            // ... also apart from the figure, with `um` before it; `gab es um` is no change.
            ("Die Aktie gab im Handel um knapp zwei Prozent nach.", "knapp zwei Prozent", true),
            ("Shares gave up about 2% in early trading.", "about 2%", true),
            ("Es gab um die 500 Teilnehmer.", "um die 500 Teilnehmer", false),
            // A plus sign is the figure's own: a change, except on a scale with a zero.
            ("Die SPD kam auf +1,5 Prozentpunkte.", "+1,5 Prozentpunkte", true),
            ("The party is at +1.5 points.", "+1.5 points", true),
            ("Die Temperatur lag bei +5 Grad.", "+5 Grad", false),
            ("The temperature was +5 °C.", "+5 °C", false),
            // An increment is a change of a measure the report gives elsewhere too ...
            (
                "Die Bank übernahm weitere 11,5 Prozent der Anteile. Ihr Anteil liegt nun bei 21 Prozent.",
                "11,5 Prozent",
                true,
            ),
            ("The bank bought another 11.5% of the shares. Its stake is now 21%.", "11.5%", true),
            // ... else one more figure of another measure.
            ("Die Fluten töteten 62 Menschen. Weitere 34 Menschen werden vermisst.", "34 Menschen", false),
            ("The floods killed 62 people. Another 34 people are missing.", "34 people", false),
            ("Some 12,000 workers walked off the job on Monday.", "Some 12,000 workers", false),
        ];
        for (text, figure, want) in cases {
            let c = claims(text);
            let claim = c.iter().find(|x| x.quantity.text == figure).unwrap_or_else(|| panic!("{text}: {c:#?}"));
            assert_eq!(claim.change, want, "{text}: {figure}");
        }
    }

    #[test]
    fn a_change_and_the_level_it_reached_measure_one_thing() {
        // The change stands nearer the measure's word; the level after `to`/`auf` takes it too.
        assert_measures(&[
            ("Der Umsatz stieg im dritten Quartal um 7,2 Prozent auf 19,4 Milliarden Euro.", "19,4", "revenue"),
            ("Revenue rose 7.2% to €19.4bn in the third quarter.", "€19.4bn", "revenue"),
            ("Der Nettogewinn kletterte um 18 Prozent auf 5,8 Milliarden Euro.", "5,8", "net_income"),
            ("Net profit climbed 18% to 5.8 billion euros.", "5.8 billion", "net_income"),
        ]);
    }

    #[test]
    fn an_amount_and_its_conversion_measure_one_thing() {
        // The measure's word stands nearer the conversion; the amount stated takes it too.
        assert_measures(&[
            ("The EU imposed a €3.12bn (£2.7bn) fine on Corvana.", "€3.12bn", "fine"),
            ("The EU imposed a €3.12bn (£2.7bn) fine on Corvana.", "£2.7bn", "fine"),
            ("Die EU verhängte 3,12 Milliarden Euro (2,7 Milliarden Pfund) Bußgeld gegen Corvana.", "3,12", "fine"),
            ("Die EU verhängte 3,12 Milliarden Euro (2,7 Milliarden Pfund) Bußgeld gegen Corvana.", "2,7", "fine"),
        ]);
    }

    #[test]
    fn a_conversion_in_parentheses_is_marked_in_both_languages() {
        for text in [
            "Der Fonds umfasst 500 Milliarden Euro (rund 544 Milliarden Dollar) für die Infrastruktur.",
            "The fund holds €500 billion ($544 billion) for infrastructure.",
        ] {
            let c = claims(text);
            assert_eq!(c.len(), 2, "{text}");
            assert!(
                !c[0].converted && c[1].converted,
                "{text}: {:?}",
                c.iter().map(|x| x.converted).collect::<Vec<_>>()
            );
        }
        // Two amounts of one currency, or apart, are no conversion.
        let c = claims("Meta zahlte 14 Milliarden Dollar (und weitere 2 Milliarden Dollar) für Scale AI.");
        assert!(c.iter().all(|x| !x.converted));
    }

    #[test]
    fn context_of_a_german_claim() {
        let c = claims("Zudem tätigte Meta eine massive Investition von 14,3 Milliarden US-Dollar in Scale AI, was dem Unternehmen einen Anteil von 49 Prozent an der Firma sicherte.");
        assert_eq!(c.len(), 2);
        assert!(c[0].entities.contains(&"Meta".to_string()), "{:?}", c[0].entities);
        assert!(c[0].entities.contains(&"Scale AI".to_string()), "{:?}", c[0].entities);
        assert!(
            !c[0].entities.iter().any(|e| e == "Investition" || e == "Unternehmen" || e == "Firma"),
            "{:?}",
            c[0].entities
        );
        assert_eq!(c[0].keywords[0], "investment");
        assert!(c[1].keywords.contains(&"stake".to_string()), "{:?}", c[1].keywords);
        assert_ne!(c[0].id, c[1].id);
    }

    #[test]
    fn a_sentence_opening_name_counts_when_used_as_a_name_elsewhere() {
        let c = claims("Meta zahlte 5 Milliarden Dollar. Danach zahlte Meta noch 3 Milliarden Dollar. Investitionen kosten 2 Milliarden Dollar.");
        assert!(c[0].entities.contains(&"Meta".to_string()), "{:?}", c[0].entities);
        assert!(c[2].entities.is_empty(), "{:?}", c[2].entities);
    }

    #[test]
    fn english_claims_share_concepts_with_german_ones() {
        let c = claims("Meta made a $14.3 billion investment in Scale AI for a 49% stake.");
        assert!(c[0].keywords.contains(&"investment".to_string()));
        assert!(c[1].keywords.contains(&"stake".to_string()));
        assert!(c[0].entities.contains(&"Scale AI".to_string()));
    }

    #[test]
    fn a_clock_times_words_name_no_one() {
        for (text, figure) in [
            ("Bis 9 Uhr verlor Siemens 3 Prozent an Wert.", "3 Prozent"),
            ("By 0930 GMT Siemens had lost 3 percent, by 10 a.m. more.", "3 percent"),
        ] {
            assert_eq!(claim_of(text, figure).entities, vec!["Siemens".to_string()], "{text}");
        }
    }

    #[test]
    fn percentage_points_are_a_change_and_shrinking_is_one() {
        for (text, figure) in [
            ("Its operating margin shrank 2.3 percentage points to 5.8%.", "2.3 percentage points"),
            ("Die Schutzquote lag 7,2 Prozentpunkte unter dem Vorjahreswert.", "7,2 Prozentpunkte"),
            ("Revenue shrank 4% to €131bn.", "4%"),
            ("Der Umsatz schrumpfte 4 Prozent auf 131 Milliarden Euro.", "4 Prozent"),
        ] {
            assert!(claim_of(text, figure).change, "{text}");
        }
        assert!(!claim_of("Its operating margin shrank 2.3 percentage points to 5.8%.", "5.8%").change);
    }

    #[test]
    fn indirect_speech_of_expecting_is_a_forecast() {
        let c = claim_of("Er rechne damit, dass die Zahl der Toten auf über 3000 steigen werde.", "über 3000");
        assert_eq!(c.modality, Modality::Forecast);
        let c = claim_of("He expects the death toll to rise above 3,000.", "3,000");
        assert_eq!(c.modality, Modality::Forecast);
    }

    #[test]
    fn a_measure_word_of_a_subordinate_clause_is_not_the_figures() {
        for (text, figure) in [
            ("The death toll has risen to eight after a seriously injured woman died in hospital.", "eight"),
            ("Die Zahl der Toten ist auf acht gestiegen nachdem eine Schwerverletzte im Krankenhaus starb.", "acht"),
        ] {
            assert_eq!(claim_of(text, figure).measure.as_deref(), Some("deaths"), "{text}");
        }
    }

    #[test]
    fn quoted_names_are_entities() {
        let c = claims("Das neue Modell mit dem Codenamen „Avocado“ soll 2026 erscheinen.");
        assert_eq!(c[0].entities, vec!["Avocado".to_string()]);
        assert_eq!(c[0].modality, Modality::Plan);
    }

    #[test]
    fn time_scope_attribution_and_modality() {
        let c = claims("Meta projizierte die Kapitalausgaben für das Gesamtjahr 2025 auf eine Spanne zwischen 70 Milliarden und 72 Milliarden US-Dollar, was die Analystenerwartungen von 51,3 Milliarden US-Dollar deutlich übertrifft.");
        let capex = c.iter().find(|c| c.quantity.text.starts_with("zwischen")).unwrap();
        let analysts = c.iter().find(|c| c.quantity.text.starts_with("51,3")).unwrap();
        assert_eq!(capex.time.as_ref().unwrap().value, "2025");
        assert_eq!(capex.modality, Modality::Forecast);
        assert_eq!(analysts.modality, Modality::Estimate);
        assert!(capex.keywords.contains(&"capex".to_string()));
        let year = c.iter().find(|c| c.quantity.kind == Kind::Date).unwrap();
        assert!(year.incidental, "a year that dates another figure is incidental");
        let c = claims("2035 könnten es laut interner Prognose 1,4 Billionen sein.");
        assert_eq!(c[1].attribution.as_deref(), Some("interner Prognose"));
        let c = claims("Wired berichtet, dass Meta mindestens 10 Angebote gemacht hat.");
        assert_eq!(c[0].attribution.as_deref(), Some("Wired"));
        // The speaker after a German verb of saying, before an English one; a capitalised
        // form is a noun (`laut mehreren Berichten`), no verb.
        let c = claims("2719 Menschen sind ums Leben gekommen, teilte General Min Aung Hlaing am Dienstag mit.");
        assert_eq!(c[0].attribution.as_deref(), Some("General Min Aung Hlaing"));
        let c = claims("The toll has reached 2,719, the military ruler Min Aung Hlaing announced on Tuesday.");
        assert_eq!(c[0].attribution.as_deref(), Some("Min Aung Hlaing"));
        let c = claims("Er hat laut mehreren Berichten Pakete von bis zu 100 Millionen Dollar angeboten.");
        assert_eq!(c[0].attribution.as_deref(), Some("mehreren Berichten"));
    }

    #[test]
    fn a_date_past_another_figure_in_another_clause_dates_that_figure() {
        // German and English side by side: the year after `and`/`und`, past the earlier
        // figure, is that figure's; the figure of the first clause keeps none.
        for (text, first, other) in [
            (
                "A total of 118,436 applications were filed, down from 168,215 and half the level of 2024.",
                "118,436",
                "168,215",
            ),
            (
                "Insgesamt wurden 118.436 Anträge gestellt, nach 168.215 und halb so viele wie 2024.",
                "118.436",
                "168.215",
            ),
        ] {
            assert!(claim_of(text, first).time.is_none(), "{text}");
            assert_eq!(claim_of(text, other).time.as_ref().map(|t| t.value.as_str()), Some("2024"), "{text}");
        }
        // In one clause the date dates every figure of it; a date before the figure frames
        // what follows.
        let c = claim_of("Revenue rose 5% to €10bn in 2024.", "5%");
        assert_eq!(c.time.as_ref().map(|t| t.value.as_str()), Some("2024"));
        let c = claim_of("In 2024 revenue rose to €10bn, and profit rose 8% to €2bn.", "€2bn");
        assert_eq!(c.time.as_ref().map(|t| t.value.as_str()), Some("2024"));
    }

    #[test]
    fn an_analysts_expectation_is_their_estimate() {
        let c = claims("Meta now expects spending of $70 billion to $72 billion. Analysts polled by LSEG had expected capex of $68.7 billion, according to the data.");
        assert_eq!(c[0].modality, Modality::Forecast);
        assert_eq!(c[1].modality, Modality::Estimate);
        assert_eq!(c[1].attribution.as_deref(), Some("Analysts"));
    }

    #[test]
    fn a_duration_is_a_fact_when_its_clause_says_what_lasted() {
        // German and English side by side: a prison term and a strike's length are facts;
        // a duration that frames another figure is not.
        for (text, fact, framing) in [
            (
                "Das Gericht verurteilte ihn zu sechs Jahren und neun Monaten Haft. Seit neun Jahren leitet er die Firma. Acht Tage nach dem Beben stieg die Zahl der Toten auf 3.354.",
                &["sechs Jahren und neun Monaten"][..],
                &["neun Jahren", "Acht Tage"][..],
            ),
            (
                "The court sentenced him to six years and nine months in prison. Five years ago the rate was 64 percent. Eight days after the quake the death toll rose to 3,354.",
                &["six years and nine months"][..],
                &["Five years", "Eight days"][..],
            ),
        ] {
            let c = claims(text);
            let of = |f: &str| c.iter().find(|c| c.quantity.text == f).unwrap_or_else(|| panic!("{f}: {c:#?}")).clone();
            for f in fact {
                assert!(!of(f).incidental, "{f} is a fact");
                assert_eq!(of(f).measure.as_deref(), Some("sentence"), "{f}");
            }
            for f in framing {
                assert!(of(f).incidental, "{f} frames");
            }
            let toll = c.iter().find(|c| c.quantity.text.contains("3")).unwrap();
            assert_eq!(toll.measure.as_deref(), Some("deaths"), "the dead are the toll's, not the days'");
        }
    }

    #[test]
    fn a_count_of_a_noun_is_what_a_verb_did_not_a_move() {
        // German and English side by side: the jobs a company cuts and the investors who
        // lost money are levels of what they count; `by` with a change word, or a bare
        // percentage after its verb, is still a change.
        for (text, levels, changes) in [
            (
                "Der Konzern streicht rund 6.000 Stellen. Rund 4.500 Anleger verloren ihr Geld. Die Zahl der Beschäftigten sank um 500 Stellen. Der Umsatz fiel 3 Prozent.",
                &["rund 6.000 Stellen", "Rund 4.500 Anleger"][..],
                &["500 Stellen", "3 Prozent"][..],
            ),
            (
                "The group will cut about 6,000 jobs. Some 4,500 investors lost their money. Staff numbers fell by 500 jobs. Revenue fell 3%.",
                &["about 6,000 jobs", "Some 4,500 investors"][..],
                &["500 jobs", "3%"][..],
            ),
        ] {
            for f in levels {
                assert!(!claim_of(text, f).change, "{f} is a level");
            }
            for f in changes {
                assert!(claim_of(text, f).change, "{f} is a change");
            }
        }
    }

    #[test]
    fn a_duration_with_nothing_to_frame_is_a_fact() {
        // German and English side by side: a term demanded or received, alone in its
        // sentence, is a fact; beside another figure, or by a framing word, it frames.
        for (text, fact, framing) in [
            (
                "Die Staatsanwaltschaft hatte achteinhalb Jahre verlangt. Die Finanzchefin erhielt drei Jahre und neun Monate. Vier Tage nach dem Unglück starb ein weiterer Mensch. In zwei Jahren fielen 300 Stellen weg.",
                &["achteinhalb Jahre", "drei Jahre und neun Monate"][..],
                &["Vier Tage", "zwei Jahren"][..],
            ),
            (
                "Prosecutors had sought eight and a half years. The finance chief received three years and nine months. Four days after the crash another passenger died. In two years 300 jobs went.",
                &["eight and a half years", "three years and nine months"][..],
                &["Four days", "two years"][..],
            ),
        ] {
            let c = claims(text);
            let of = |f: &str| c.iter().find(|c| c.quantity.text == f).unwrap_or_else(|| panic!("{f}: {c:#?}")).clone();
            for f in fact {
                assert!(!of(f).incidental, "{f} is a fact");
            }
            for f in framing {
                assert!(of(f).incidental, "{f} frames");
            }
        }
    }

    #[test]
    fn durations_and_datelines_are_incidental() {
        let c = claims("29. Juli, 2025\n\nElf Forscher waren innerhalb von zwei Jahren ausgeschieden. Schon 2013 gründete er FAIR.");
        assert!(c[0].incidental, "dateline");
        let years = c.iter().find(|c| c.quantity.text == "zwei Jahren").unwrap();
        assert!(years.incidental);
        let founded = c.iter().find(|c| c.quantity.text == "2013").unwrap();
        assert!(!founded.incidental, "a year that is the sentence's only figure is the fact");
    }

    #[test]
    fn a_pages_furniture_is_incidental_and_the_storys_counts_are_not() {
        // German and English side by side: a line of furniture counts the page.
        for (text, furniture, story) in [
            (
                "Die Firma baut 300 Stellen ab. Der Beitrag bekam 98.000 Kommentare.\n\n6 Ansichten\n\nKommentare (12)\n\n12 Kommentare · 3 Min. Lesezeit",
                &["6 Ansichten", "12", "12 Kommentare", "3 Min"][..],
                &["300 Stellen", "98.000 Kommentare"][..],
            ),
            (
                "The firm is cutting 300 jobs. The post drew 98,000 comments.\n\n1.2K views · 3 min read\n\n24 comments",
                &["1.2K views", "3 min", "24 comments"][..],
                &["300 jobs", "98,000 comments"][..],
            ),
        ] {
            let c = claims(text);
            let of = |f: &str| c.iter().find(|c| c.quantity.text == f).unwrap_or_else(|| panic!("{f}: {c:#?}")).incidental;
            for f in furniture {
                assert!(of(f), "{f} is furniture");
            }
            for f in story {
                assert!(!of(f), "{f} is the story's");
            }
        }
        // A count of the story on a line with furniture keeps the line the story's.
        let c = claims("Bilanz\n\n300 Stellen · 6 Ansichten");
        assert!(c.iter().all(|c| !c.incidental), "{c:#?}");
    }

    #[test]
    fn ids_survive_edits_elsewhere_and_to_the_figure() {
        let a = claims("Einleitung.\n\nMeta investierte 14,3 Milliarden Dollar in Scale AI.");
        let b = claims(
            "Eine ganz andere, längere Einleitung mit 5 Zahlen.\n\nMeta investierte 15 Milliarden Dollar in Scale AI.",
        );
        assert_eq!(a[0].id, b.last().unwrap().id);
        assert_ne!(a[0].quantity.start, b.last().unwrap().quantity.start);
    }
}
