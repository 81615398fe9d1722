//! The bilingual lexicon: words that say what a figure is (paid, counted, owned), mapped to
//! language-neutral concept keys, so that `Investition` and `investment` or `Beschleuniger`
//! and `GPUs` meet in alignment.
//!
//! A word may carry several concepts, from specific to general (`Kapitalausgaben` is capex
//! and spending). Words are matched on their Snowball stems; German compounds match by their
//! head (`Hauptautoren` → author, `Nvidia-Beschleuniger` → gpu), so an entry need not list
//! every compound.

use std::collections::HashMap;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::lang::Lang;

/// One entry: a concept, its broader concepts, and its German and English words.
pub struct Entry {
    pub concept: &'static str,
    pub broader: &'static [&'static str],
    pub de: &'static [&'static str],
    pub en: &'static [&'static str],
}

const fn e(
    concept: &'static str,
    broader: &'static [&'static str],
    de: &'static [&'static str],
    en: &'static [&'static str],
) -> Entry {
    Entry { concept, broader, de, en }
}

/// The lexicon. Keep entries sorted by concept (a test checks it).
pub const ENTRIES: &[Entry] = &[
    e(
        "acquisition",
        &["investment"],
        &["Übernahme", "Kauf", "übernimmt", "kaufte", "Zukauf"],
        &["acquisition", "takeover", "buyout", "acquired", "bought"],
    ),
    e("author", &["people"], &["Autor", "Autoren", "Hauptautoren", "Mitautoren"], &["author", "authors", "co-authors"]),
    e("budget", &["spending"], &["Budget", "Haushalt", "Etat"], &["budget"]),
    e(
        "capex",
        &["spending", "investment"],
        &["Kapitalausgaben", "Investitionsausgaben", "Capex", "Sachinvestitionen"],
        &["capex", "capital expenditure", "capital expenditures", "capital spending"],
    ),
    e(
        "data_center",
        &["infrastructure"],
        &["Rechenzentrum", "Rechenzentren", "Rechenzentrumsstrategie", "Cluster"],
        &["data center", "data centers", "data centre", "data centres", "cluster", "clusters"],
    ),
    e("debt", &[], &["Schulden", "Verschuldung", "Staatsschulden"], &["debt", "borrowing"]),
    e(
        "employee",
        &["people"],
        &["Mitarbeiter", "Mitarbeitende", "Beschäftigte", "Angestellte", "Belegschaft"],
        &["employee", "employees", "staff", "workers", "workforce", "headcount"],
    ),
    e(
        "estimate",
        &[],
        &["Analystenerwartungen", "Schätzung", "Erwartungen", "Konsens"],
        &["estimate", "estimates", "consensus", "expectations"],
    ),
    e(
        "founding",
        &[],
        &["gegründet", "gründete", "Gründung", "gründen"],
        &["founded", "founding", "established", "launched"],
    ),
    e(
        "gpu",
        &["hardware"],
        &["GPU", "GPUs", "Grafikprozessoren", "Grafikprozessor", "Beschleuniger", "Grafikkarten", "Chips"],
        &["GPU", "GPUs", "graphics processors", "accelerators", "accelerator", "chips"],
    ),
    e(
        "growth",
        &[],
        &["Wachstum", "gewachsen", "wuchs", "gestiegen", "stieg", "Zuwachs", "Anstieg"],
        &["growth", "grew", "rose", "increase", "gained"],
    ),
    e("hardware", &[], &["Hardware"], &["hardware"]),
    e(
        "hire",
        &[],
        &[
            "eingestellt",
            "einstellen",
            "holte",
            "geholt",
            "angeheuert",
            "verpflichtet",
            "Verpflichtung",
            "abgeworben",
            "anzuwerben",
            "Einstellung",
        ],
        &["hired", "hire", "hires", "recruited", "poached", "joined", "appointed"],
    ),
    e("inflation", &[], &["Inflation", "Teuerung", "Inflationsrate"], &["inflation"]),
    e("infrastructure", &[], &["Infrastruktur", "KI-Infrastruktur", "Compute-Infrastruktur"], &["infrastructure"]),
    e(
        "investment",
        &["spending"],
        &[
            "Investition",
            "Investitionen",
            "investiert",
            "investierte",
            "investieren",
            "Investment",
            "gewettet",
            "Wette",
        ],
        &["investment", "invested", "invests", "investing", "invest", "bet"],
    ),
    e(
        "leave",
        &[],
        &["ausgeschieden", "verlassen", "verließen", "Abgang", "Abgänge", "Weggang", "gegangen"],
        &["left", "departed", "quit", "departure", "departures", "gone"],
    ),
    e("loss", &[], &["Verlust", "Verluste", "Nettoverlust"], &["loss", "losses", "net loss"]),
    e(
        "offer",
        &["pay"],
        &["Angebot", "Angebote", "Pakete", "Paket", "Vergütungspakete", "angeboten"],
        &["offer", "offers", "offered", "package", "packages", "pay packages"],
    ),
    e(
        "pay",
        &[],
        &["Gehalt", "Vergütung", "Kostenpunkt", "gezahlt", "zahlte", "bezahlt"],
        &["pay", "paid", "salary", "compensation"],
    ),
    e("people", &[], &["Menschen", "Leute", "Personen", "Köpfe"], &["people", "persons"]),
    e(
        "population",
        &["people"],
        &["Einwohner", "Bevölkerung", "Einwohnern"],
        &["population", "residents", "inhabitants"],
    ),
    e("power", &[], &["Leistung", "Gigawatt", "Megawatt", "Strom"], &["power", "capacity", "gigawatts", "megawatts"]),
    e(
        "price",
        &[],
        &["Preis", "Preise", "kostet", "kostete", "Aktienkurs"],
        &["price", "prices", "costs", "share price"],
    ),
    e(
        "profit",
        &[],
        &["Gewinn", "Nettogewinn", "Überschuss", "Reingewinn", "Betriebsgewinn"],
        &["profit", "profits", "net income", "earnings"],
    ),
    e(
        "release",
        &[],
        &["Veröffentlichung", "erscheinen", "Markteinführung", "Start", "Launch", "veröffentlicht"],
        &["release", "released", "launch", "debut", "ship", "rollout"],
    ),
    e(
        "remain",
        &[],
        &["geblieben", "verblieben", "bleiben", "nur noch", "übrig"],
        &["remain", "remaining", "remained", "stayed", "only still", "left at"],
    ),
    e(
        "researcher",
        &["people"],
        &["Forscher", "Forschern", "Wissenschaftler", "Forscherinnen", "KI-Forscher"],
        &["researcher", "researchers", "scientist", "scientists"],
    ),
    e(
        "revenue",
        &[],
        &["Umsatz", "Umsätze", "Einnahmen", "Erlöse", "umsetzen"],
        &["revenue", "revenues", "sales", "turnover"],
    ),
    e("spending", &[], &["Ausgaben", "ausgeben", "Kosten"], &["spending", "spend", "spends", "costs", "expenses"]),
    e("stake", &[], &["Anteil", "Anteils", "Beteiligung", "Aktienanteil"], &["stake", "shareholding", "equity stake"]),
    e("subscriber", &["user"], &["Abonnenten", "Abonnements", "Abos"], &["subscribers", "subscriptions"]),
    e("tax", &[], &["Steuer", "Steuern", "Abgaben"], &["tax", "taxes", "levy"]),
    e(
        "unemployment",
        &[],
        &["Arbeitslosigkeit", "Arbeitslose", "Arbeitslosenquote", "Arbeitslosen"],
        &["unemployment", "jobless", "unemployed"],
    ),
    e("user", &["people"], &["Nutzer", "Nutzerinnen", "Anwender", "Nutzerbasis"], &["user", "users"]),
    e("valuation", &[], &["Bewertung", "bewertet"], &["valuation", "valued"]),
    e("vote", &[], &["Stimmen", "Wählerstimmen", "Stimmenanteil"], &["votes", "vote share", "ballots"]),
];

fn stemmer(lang: Lang) -> Stemmer {
    Stemmer::create(match lang {
        Lang::De => Algorithm::German,
        Lang::En => Algorithm::English,
    })
}

thread_local! {
    /// News repeats its words: stems and concepts are remembered per thread.
    static STEMS: std::cell::RefCell<HashMap<(Lang, String), String>> = Default::default();
    static CONCEPTS: std::cell::RefCell<HashMap<(Lang, String), Vec<&'static str>>> = Default::default();
}

/// A word's normal form: lowercase, stemmed in its language.
pub fn normalize(word: &str, lang: Lang) -> String {
    let key = (lang, word.to_string());
    if let Some(s) = STEMS.with(|m| m.borrow().get(&key).cloned()) {
        return s;
    }
    let s = stem(word, lang);
    STEMS.with(|m| m.borrow_mut().insert(key, s.clone()));
    s
}

fn stem(word: &str, lang: Lang) -> String {
    static DE: LazyLock<Stemmer> = LazyLock::new(|| stemmer(Lang::De));
    static EN: LazyLock<Stemmer> = LazyLock::new(|| stemmer(Lang::En));
    let lower = word.to_lowercase();
    let s = match lang {
        Lang::De => &*DE,
        Lang::En => &*EN,
    };
    s.stem(&lower).into_owned()
}

struct Index {
    /// Normalised single words → concepts (with broader ones).
    words: HashMap<(Lang, String), Vec<&'static str>>,
    /// Normalised German compound heads, longest first.
    heads: Vec<(String, Vec<&'static str>)>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut words: HashMap<(Lang, String), Vec<&'static str>> = HashMap::new();
    for entry in ENTRIES {
        let concepts: Vec<&'static str> = std::iter::once(entry.concept).chain(entry.broader.iter().copied()).collect();
        for (lang, list) in [(Lang::De, entry.de), (Lang::En, entry.en)] {
            for form in list.iter() {
                // Multi-word English forms are keyed on their last word's stem with the whole phrase.
                let key = form.split([' ', '-']).map(|w| normalize(w, lang)).collect::<Vec<_>>().join(" ");
                words.entry((lang, key)).or_default().extend(concepts.iter().copied());
            }
        }
    }
    let mut heads: Vec<(String, Vec<&'static str>)> = words
        .iter()
        .filter(|((lang, key), _)| *lang == Lang::De && key.chars().count() >= 5 && !key.contains(' '))
        .map(|((_, key), c)| (key.clone(), c.clone()))
        .collect();
    heads.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    Index { words, heads }
});

/// The concepts a word stands for, most specific first.
pub fn concepts(word: &str, lang: Lang) -> Vec<&'static str> {
    let key = (lang, word.to_string());
    if let Some(c) = CONCEPTS.with(|m| m.borrow().get(&key).cloned()) {
        return c;
    }
    let c = lookup_concepts(word, lang);
    CONCEPTS.with(|m| m.borrow_mut().insert(key, c.clone()));
    c
}

fn lookup_concepts(word: &str, lang: Lang) -> Vec<&'static str> {
    let idx = &*INDEX;
    let mut out: Vec<&'static str> = Vec::new();
    for part in std::iter::once(word).chain(word.rsplit('-').take(1).filter(|p| *p != word)) {
        let key = normalize(part, lang);
        if let Some(c) = idx.words.get(&(lang, key.clone())) {
            out.extend(c);
        } else if lang == Lang::De {
            if let Some((_, c)) = idx.heads.iter().find(|(head, _)| key.ends_with(head.as_str())) {
                out.extend(c);
            }
        }
        if !out.is_empty() {
            break;
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|c| seen.insert(*c));
    out
}

/// The concepts of a two-word English phrase (`capital expenditures`), if any.
pub fn phrase_concepts(first: &str, second: &str, lang: Lang) -> Vec<&'static str> {
    let key = format!("{} {}", normalize(first, lang), normalize(second, lang));
    INDEX.words.get(&(lang, key)).cloned().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of every entry finds its own concept.
    #[test]
    fn every_entry_finds_its_concept() {
        for entry in ENTRIES {
            for (lang, list) in [(Lang::De, entry.de), (Lang::En, entry.en)] {
                for form in list.iter() {
                    let words: Vec<&str> = form.split(' ').collect();
                    let found =
                        if words.len() == 2 { phrase_concepts(words[0], words[1], lang) } else { concepts(form, lang) };
                    assert!(found.contains(&entry.concept), "{form} ({lang}) → {found:?}, want {}", entry.concept);
                }
            }
        }
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
            }
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
}
