//! The bilingual lexicon: words that say what a figure is (paid, counted, owned), mapped to
//! language-neutral concept keys, so that `Investition` and `investment` or `Beschleuniger`
//! and `GPUs` meet in alignment.
//!
//! A word may carry several concepts, from specific to general (`Kapitalausgaben` is capex
//! and spending). Words are matched on their Snowball stems; German compounds match by their
//! head (`Hauptautoren` → author, `Nvidia-Beschleuniger` → gpu), so an entry need not list
//! every compound. Two lists keep that matching honest:
//!
//! - [`NOT_HEADS`]: forms so short or so common an ending that they match only as whole words
//!   (alone or after a hyphen, `SPD-Stimmen`), never as the head of a compound: `Stellen` is
//!   no head of `Hersteller`, `Punkte` none of `Prozentpunkte`.
//! - [`SPELLED`]: forms matched by their spelling, not their stem, because the stemmer gives
//!   them the stem of a common word that is no measure (`Arbeiter` and `Arbeit`, `Fälle` and
//!   `Fall`, `Schüler` and `Schule`). Their compounds still match by the spelled ending
//!   (`Bauarbeiter`, `Grundschüler`) unless they are in [`NOT_HEADS`] too.
//!
//! Hyphenated forms (`Ja-Stimmen`, `CO2-Emissionen`) are whole words: `Ja-Stimmen` are yes
//! votes, not merely `Stimmen`.
//!
//! Split forms are verbs whose particle stands apart, as German separable verbs do: `nahm …
//! an` matches `nahm eine Mehrheit von 59 Prozent den Vorschlag an` when the particle closes
//! the clause; `stimmten … gegen …` (a trailing `…`) when the word stands anywhere later in
//! the clause, an object after it (`stimmten 64 Prozent gegen das Angebot`). See
//! [`split_concepts`].

use std::sync::{LazyLock, Mutex, PoisonError};

use foldhash::{HashMap, HashSet};

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
///
/// Concepts come in families, one per field a newsroom reports on, so that a story the
/// lexicon has never seen still finds its measures:
///
/// - business and results: revenue, profit (net income, operating and pretax profit, EPS),
///   loss, margin, unit sales, deliveries, orders, production, market value, share price,
///   shares, stake, voting rights, takeover offer, dividend, buyback, capital, assets,
///   price, cost, savings, forecast, customers, companies, plants, branches, insolvencies;
/// - labour: jobs, job cuts, employees, strikers, members and union members, wage, raise,
///   bonus, pension, working time, capacity;
/// - public finance and the economy: budget, debt, deficit, fund and climate fund, GDP, tax,
///   tariffs, subsidies, aid, welfare, infrastructure, defence spending, interest rate,
///   inflation, unemployment, exports, imports, rent, housing;
/// - elections and parliament: votes, yes and no votes, abstentions, vote share, seats,
///   turnout, majority and two-thirds majority, lawmakers, voters, regions, countries;
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
/// - people: population, people, refugees, asylum, migrants, passengers, students,
///   children, soldiers, police, protesters, participants, visitors.
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
    e(
        "abstention",
        &[],
        &["Enthaltungen", "Enthaltung", "Stimmenthaltungen", "Stimmenthaltung"],
        &["abstentions", "abstention", "abstained", "abstain"],
    ),
    e(
        "acquisition",
        &["investment"],
        &["Übernahme", "Kauf", "übernimmt", "kaufte", "Zukauf", "Übernahmen", "übernommen", "Zukäufe"],
        &["acquisition", "takeover", "buyout", "acquired", "bought", "acquisitions", "takeovers", "acquire"],
    ),
    e("affected", &[], &["Betroffene", "Betroffenen", "betroffen"], &["affected"]),
    e(
        "aid",
        &[],
        &["Hilfe", "Hilfen", "Soforthilfe", "Nothilfe", "Hilfsgelder", "Finanzhilfe", "Finanzhilfen", "Militärhilfe"],
        &["aid", "relief", "assistance", "humanitarian aid", "military aid"],
    ),
    e(
        "aircraft",
        &["units"],
        &["Flugzeuge", "Flugzeug", "Flugzeugen", "Jets", "Passagierjets", "Verkehrsflugzeuge"],
        &["aircraft", "planes", "plane", "jets", "jetliners", "airplanes", "airliners"],
    ),
    e(
        "assets",
        &[],
        &["Vermögen", "Vermögenswerte", "Bilanzsumme", "Anlagevermögen", "Nettovermögen"],
        &["assets", "total assets", "wealth", "fortune", "net worth"],
    ),
    e(
        "asylum",
        &[],
        &["Asylanträge", "Asylantrag", "Asylbewerber", "Asylsuchende", "Asylbewerberinnen"],
        &["asylum seekers", "asylum applications", "asylum claims", "asylum"],
    ),
    e("author", &["people"], &["Autor", "Autoren", "Hauptautoren", "Mitautoren"], &["author", "authors", "co-authors"]),
    e(
        "bonus",
        &["pay"],
        &[
            "Prämie",
            "Prämien",
            "Bonus",
            "Boni",
            "Bonuszahlung",
            "Bonuszahlungen",
            "Einmalzahlung",
            "Sonderzahlung",
            "Inflationsausgleichsprämie",
        ],
        &["bonus", "bonuses", "signing bonus", "lump sum", "ratification bonus"],
    ),
    e(
        "branch",
        &[],
        &["Filialen", "Filiale", "Zweigstellen", "Geschäftsstellen", "Niederlassungen", "Niederlassung"],
        &["branches", "branch", "stores", "outlets", "shops"],
    ),
    e(
        "budget",
        &["spending"],
        &["Budget", "Haushalt", "Etat", "Bundeshaushalt", "Staatshaushalt", "Haushaltsplan", "Budgets"],
        &["budget", "budgets"],
    ),
    e(
        "building",
        &[],
        &["Gebäude", "Gebäuden", "Häuser", "Häusern", "Wohnhäuser", "Hochhäuser", "Wohngebäude"],
        &["buildings", "houses", "high-rises"],
    ),
    e(
        "buyback",
        &[],
        &["Aktienrückkauf", "Aktienrückkäufe", "Rückkauf", "Rückkaufprogramm", "Rückkäufe"],
        &["buyback", "buybacks", "share buyback", "share buybacks", "repurchase", "repurchases"],
    ),
    e(
        "capacity",
        &[],
        &["Kapazität", "Kapazitäten", "Produktionskapazität", "Produktionskapazitäten", "Fertigungskapazität"],
        &["capacity", "capacities", "production capacity", "overcapacity"],
    ),
    e(
        "capex",
        &["spending", "investment"],
        &["Kapitalausgaben", "Investitionsausgaben", "Capex", "Sachinvestitionen"],
        &["capex", "capital expenditure", "capital expenditures", "capital spending"],
    ),
    e(
        "capital",
        &[],
        &["Kapital", "Eigenkapital", "Kernkapital", "Kapitalerhöhung", "Kapitalpolster"],
        &["capital", "equity", "capital increase", "capital buffer", "capital raise"],
    ),
    e(
        "cases",
        &[],
        &["Fälle", "Fällen", "Infektionsfälle", "Krankheitsfälle", "Verdachtsfälle", "Neuerkrankungen"],
        &["cases", "new cases", "confirmed cases", "suspected cases"],
    ),
    e("child", &[], &["Kinder", "Kindern", "Kleinkinder", "Minderjährige"], &["children", "kids", "minors", "child"]),
    e(
        "climate",
        &[],
        &["Klimaschutz", "Klimaschutzmaßnahmen", "Klimaneutralität", "Klimatransformation"],
        &["climate protection", "climate action", "climate neutrality", "climate"],
    ),
    e(
        "climate_fund",
        &["fund", "climate"],
        &["Klimafonds", "Klimaschutzfonds", "Klima-Transformationsfonds", "KTF"],
        &["climate fund", "climate funds", "KTF"],
    ),
    e(
        "company",
        &[],
        &["Firmen", "Betriebe", "Betrieben", "Konzerne", "Konzernen", "Mittelständler"],
        &["companies", "firms", "businesses", "corporations"],
    ),
    e(
        "contract",
        &[],
        &["Vertrag", "Verträge", "Vertragslaufzeit", "Laufzeit", "Tarifvertrag", "Vertrags"],
        &["contract", "contracts", "contract term"],
    ),
    e(
        "cost",
        &[],
        &["Kosten", "Arbeitskosten", "Personalkosten", "Gesamtkosten", "Energiekosten", "Baukosten", "Mehrkosten"],
        &["cost", "costs", "labour costs", "labor costs", "total cost"],
    ),
    e(
        "country",
        &[],
        &[
            "Länder",
            "Ländern",
            "Staaten",
            "Mitgliedstaaten",
            "Mitgliedsstaaten",
            "Nationen",
            "Entwicklungsländer",
            "EU-Länder",
        ],
        &["countries", "nations", "member states"],
    ),
    e(
        "customer",
        &[],
        &[
            "Kunden",
            "Kundinnen",
            "Kundschaft",
            "Privatkunden",
            "Firmenkunden",
            "Neukunden",
            "Geschäftskunden",
            "Endkunden",
            "Bestandskunden",
        ],
        &["customers", "customer", "clients", "client"],
    ),
    e(
        "cut",
        &[],
        &[
            "Abbau",
            "abbauen",
            "Kürzung",
            "Kürzungen",
            "gekürzt",
            "streichen",
            "gestrichen",
            "Streichung",
            "Streichungen",
            "wegfallen",
            "Senkung",
            "gesenkt",
        ],
        &["cut", "cuts", "slash", "slashed", "reduce", "reduced", "reduction", "eliminate", "eliminated", "scrapped"],
    ),
    e(
        "damages",
        &[],
        &["Schadensersatz", "Schmerzensgeld", "Schaden", "Schäden", "Schadens", "Sachschaden", "Entschädigung"],
        &["damages", "damage", "punitive damages", "restitution"],
    ),
    e(
        "data_center",
        &["infrastructure"],
        &["Rechenzentrum", "Rechenzentren", "Rechenzentrumsstrategie", "Cluster"],
        &["data center", "data centers", "data centre", "data centres", "cluster", "clusters"],
    ),
    e(
        "deaths",
        &[],
        &[
            "Tote",
            "Toten",
            "Todesopfer",
            "Todesfälle",
            "Todeszahl",
            "Totenzahl",
            "starben",
            "gestorben",
            "getötet",
            "umgekommen",
            "ums Leben",
            "tot",
        ],
        &["deaths", "dead", "killed", "death toll", "died", "fatalities", "death", "lives"],
    ),
    e(
        "debt",
        &[],
        &[
            "Schulden",
            "Verschuldung",
            "Staatsschulden",
            "Neuverschuldung",
            "Kredite",
            "Kredit",
            "Kreditaufnahme",
            "Schuldenstand",
        ],
        &["debt", "borrowing", "debts", "loans", "borrow", "public debt"],
    ),
    e(
        "decline",
        &[],
        &[
            "Rückgang",
            "gesunken",
            "sank",
            "gefallen",
            "fiel",
            "Minus",
            "Einbruch",
            "eingebrochen",
            "zurückgegangen",
            "verringert",
        ],
        &["decline", "declined", "fell", "dropped", "drop", "decrease", "decreased", "plunged", "slumped"],
    ),
    e(
        "defence",
        &[],
        &["Verteidigung", "Bundeswehr", "Rüstung", "Militär", "Streitkräfte"],
        &["defence", "defense", "military", "armed forces"],
    ),
    e(
        "defence_spending",
        &["spending", "defence"],
        &[
            "Verteidigungsausgaben",
            "Rüstungsausgaben",
            "Militärausgaben",
            "Verteidigungsetat",
            "Wehretat",
            "Verteidigungshaushalt",
        ],
        &["defence spending", "defense spending", "military spending", "defence budget", "defense budget"],
    ),
    e(
        "deficit",
        &[],
        &["Defizit", "Haushaltsdefizit", "Fehlbetrag", "Haushaltsloch", "Finanzierungslücke", "Defizite"],
        &["deficit", "deficits", "shortfall", "budget gap", "funding gap"],
    ),
    e(
        "deliveries",
        &[],
        &["Auslieferungen", "Auslieferung", "ausgeliefert", "auslieferte", "lieferte"],
        &["deliveries", "delivery", "delivered"],
    ),
    e("deposit", &[], &["Einlagen", "Spareinlagen", "Kundeneinlagen"], &["deposits"]),
    e(
        "device",
        &["units"],
        &["Geräte", "Geräten", "Smartphones", "Handys", "Endgeräte"],
        &["devices", "smartphones", "handsets", "phones"],
    ),
    e(
        "displaced",
        &[],
        &["Obdachlose", "obdachlos", "Vertriebene", "vertrieben", "Binnenvertriebene", "Obdachlosen"],
        &["displaced", "homeless", "displacement"],
    ),
    e(
        "dividend",
        &[],
        &["Dividende", "Dividenden", "Ausschüttung", "Ausschüttungen"],
        &["dividend", "dividends", "payout", "payouts"],
    ),
    e("doctor", &[], &["Ärzte", "Ärztinnen", "Mediziner", "Ärzten"], &["doctors", "physicians"]),
    e("downloads", &[], &["Downloads", "heruntergeladen", "Installationen"], &["downloads", "downloaded", "installs"]),
    e(
        "electricity",
        &[],
        &[
            "Strom",
            "Elektrizität",
            "Stromerzeugung",
            "Stromverbrauch",
            "Strommenge",
            "Ökostrom",
            "Solarstrom",
            "Windstrom",
            "Atomstrom",
            "Kilowattstunden",
        ],
        &["electricity", "power generation", "electricity generation", "kilowatt hours"],
    ),
    e(
        "emissions",
        &[],
        &["Emissionen", "CO2-Emissionen", "Ausstoß", "CO2-Ausstoß", "Treibhausgase", "Treibhausgasemissionen"],
        &["emissions", "CO2 emissions", "carbon emissions", "greenhouse gases", "emission"],
    ),
    e(
        "employee",
        &["people"],
        &[
            "Mitarbeiter",
            "Mitarbeitende",
            "Beschäftigte",
            "Angestellte",
            "Belegschaft",
            "Mitarbeitern",
            "Mitarbeiterinnen",
            "Beschäftigten",
            "Angestellten",
            "Arbeiter",
            "Arbeitern",
            "Arbeiterinnen",
            "Fabrikarbeiter",
            "Bauarbeiter",
            "Arbeitnehmer",
            "Arbeitnehmerinnen",
            "Arbeitskräfte",
            "Fachkräfte",
            "Personal",
        ],
        &["employee", "employees", "staff", "workers", "workforce", "headcount", "worker", "personnel", "employed"],
    ),
    e(
        "energy_price",
        &["price"],
        &[
            "Strompreis",
            "Strompreise",
            "Gaspreis",
            "Gaspreise",
            "Ölpreis",
            "Ölpreise",
            "Energiepreise",
            "Energiepreis",
            "Benzinpreis",
            "Spritpreise",
        ],
        &[
            "electricity price",
            "electricity prices",
            "gas price",
            "gas prices",
            "oil price",
            "oil prices",
            "energy prices",
            "power prices",
            "fuel prices",
        ],
    ),
    e("eps", &["profit"], &["EPS"], &["EPS"]),
    e(
        "estimate",
        &[],
        &["Analystenerwartungen", "Schätzung", "Erwartungen", "Konsens"],
        &["estimate", "estimates", "consensus", "expectations"],
    ),
    e(
        "evacuated",
        &[],
        &["Evakuierte", "evakuiert", "Evakuierung", "Evakuierungen", "Evakuierten"],
        &["evacuated", "evacuees", "evacuation", "evacuations"],
    ),
    e("exports", &[], &["Exporte", "Ausfuhren", "Export", "exportiert"], &["exports", "exported"]),
    e(
        "fee",
        &[],
        &["Gebühr", "Gebühren", "Honorar", "Honorare", "Lizenzgebühr", "Lizenzgebühren"],
        &["fees", "licence fee", "license fee", "service charge"],
    ),
    e(
        "fine",
        &[],
        &["Geldstrafe", "Geldstrafen", "Bußgeld", "Bußgelder", "Geldbuße", "Strafzahlung", "Kartellstrafe"],
        &["fine", "fines", "fined"],
    ),
    e("flight", &[], &["Flüge", "Flügen", "Flugverbindungen"], &["flights"]),
    e(
        "forecast",
        &[],
        &["Prognose", "Prognosen", "Ausblick", "Jahresziel", "Jahresprognose", "prognostiziert"],
        &["forecast", "forecasts", "guidance", "outlook", "projected"],
    ),
    e(
        "founding",
        &[],
        &["gegründet", "gründete", "Gründung", "gründen"],
        &["founded", "founding", "established", "launched"],
    ),
    e(
        "fund",
        &[],
        &["Sondervermögen", "Fonds", "Sonderfonds", "Topf", "Rettungsschirm", "Sondervermögens"],
        &["fund", "funds", "special fund"],
    ),
    e("gas", &[], &["Gas", "Erdgas", "Flüssiggas", "LNG"], &["gas", "natural gas", "LNG"]),
    e(
        "gdp",
        &[],
        &["Bruttoinlandsprodukt", "Bruttoinlandsprodukts", "BIP", "Wirtschaftsleistung"],
        &["GDP", "gross domestic", "economic output"],
    ),
    e("goals", &[], &["Tore", "Toren", "Treffer", "Treffern", "Saisontore"], &["goals", "scored"]),
    e(
        "gpu",
        &["hardware", "units"],
        &["GPU", "GPUs", "Grafikprozessoren", "Grafikprozessor", "Beschleuniger", "Grafikkarten", "Chips"],
        &["GPU", "GPUs", "graphics processors", "accelerators", "accelerator", "chips"],
    ),
    e(
        "growth",
        &[],
        &[
            "Wachstum",
            "gewachsen",
            "wuchs",
            "gestiegen",
            "stieg",
            "Zuwachs",
            "Anstieg",
            "angestiegen",
            "gesteigert",
            "Steigerung",
        ],
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
    e(
        "hospital",
        &[],
        &["Krankenhäuser", "Krankenhaus", "Krankenhäusern", "Kliniken", "Klinik", "Spitäler", "Spital"],
        &["hospitals", "hospital", "clinics"],
    ),
    e(
        "hospital_bed",
        &[],
        &["Betten", "Krankenhausbetten", "Intensivbetten", "Klinikbetten"],
        &["beds", "hospital beds", "ICU beds"],
    ),
    e("household", &[], &["Haushalte", "Haushalten", "Privathaushalte"], &["households"]),
    e(
        "housing",
        &[],
        &["Wohnungen", "Wohneinheiten", "Sozialwohnungen", "Neubauwohnungen"],
        &["apartments", "flats", "homes", "housing units", "dwellings", "housing"],
    ),
    e("imports", &[], &["Importe", "Einfuhren", "Import", "importiert"], &["imports", "imported"]),
    e(
        "infections",
        &[],
        &["Infektionen", "Neuinfektionen", "Infizierte", "infiziert", "Ansteckungen", "Infizierten"],
        &["infections", "infected", "new infections", "infection"],
    ),
    e("inflation", &[], &["Inflation", "Teuerung", "Inflationsrate"], &["inflation"]),
    e("infrastructure", &[], &["Infrastruktur", "KI-Infrastruktur", "Compute-Infrastruktur"], &["infrastructure"]),
    e(
        "injured",
        &[],
        &[
            "Verletzte",
            "Verletzten",
            "verletzt",
            "Verletzungen",
            "Verletzung",
            "Schwerverletzte",
            "Verwundete",
            "Verwundeten",
            "verwundet",
        ],
        &["injured", "injuries", "wounded", "hurt", "injury", "injuring", "wounding"],
    ),
    e(
        "insolvency",
        &[],
        &["Insolvenzen", "Insolvenz", "Firmenpleiten", "Pleiten", "Unternehmensinsolvenzen"],
        &["insolvencies", "bankruptcies", "bankruptcy", "insolvency"],
    ),
    e(
        "interest_rate",
        &[],
        &["Leitzins", "Zinsen", "Zinssatz", "Zinssätze", "Einlagenzins", "Leitzinsen"],
        &["interest rate", "interest rates", "key rate", "policy rate"],
    ),
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
        "job_cuts",
        &["jobs", "cut"],
        &[
            "Stellenabbau",
            "Arbeitsplatzabbau",
            "Jobabbau",
            "Personalabbau",
            "Stellenstreichungen",
            "Entlassungen",
            "entlassen",
            "Kündigungen",
        ],
        &["job cuts", "layoffs", "redundancies", "laid off", "lay off", "job cut"],
    ),
    e(
        "job_security",
        &[],
        &[
            "Beschäftigungssicherung",
            "Beschäftigungsgarantie",
            "Jobgarantie",
            "Arbeitsplatzgarantie",
            "Standortgarantie",
            "Kündigungsschutz",
        ],
        &["job security", "job guarantee", "employment guarantee", "job protection", "no-layoff"],
    ),
    e(
        "jobs",
        &[],
        &[
            "Stellen",
            "Arbeitsplätze",
            "Arbeitsplatz",
            "Arbeitsplätzen",
            "Jobs",
            "Vollzeitstellen",
            "Arbeitsstellen",
            "Planstellen",
        ],
        &["jobs", "job", "positions", "roles"],
    ),
    e(
        "lawmaker",
        &[],
        &["Abgeordnete", "Abgeordneten", "Parlamentarier", "Bundestagsabgeordnete", "Parlamentarierinnen"],
        &["lawmakers", "legislators", "MPs", "deputies", "parliamentarians", "MEPs", "senators"],
    ),
    e(
        "leave",
        &[],
        &["ausgeschieden", "verlassen", "verließen", "Abgang", "Abgänge", "Weggang", "gegangen"],
        &["left", "departed", "quit", "departure", "departures", "gone"],
    ),
    e(
        "loss",
        &[],
        &["Verlust", "Verluste", "Nettoverlust", "Betriebsverlust"],
        &["loss", "losses", "net loss", "operating loss"],
    ),
    e(
        "magnitude",
        &[],
        &["Erdbebenstärke", "Bebenstärke", "Magnitude", "Richterskala", "Richter-Skala"],
        &["magnitude", "Richter scale"],
    ),
    e(
        "majority",
        &[],
        &["Mehrheit", "Mehrheiten", "Stimmenmehrheit", "Regierungsmehrheit"],
        &["majority", "majorities"],
    ),
    e(
        "margin",
        &[],
        &["Marge", "Margen", "Gewinnmarge", "Umsatzrendite", "operative Marge"],
        &["margin", "margins", "operating margin", "profit margin"],
    ),
    e("market_share", &[], &["Marktanteil", "Marktanteile", "Marktanteilen"], &["market share", "market shares"]),
    e(
        "market_value",
        &["valuation"],
        &["Börsenwert", "Marktwert", "Marktkapitalisierung", "Börsenwerts"],
        &["market value", "market cap", "market capitalisation", "market capitalization"],
    ),
    e(
        "match",
        &[],
        &["Spiele", "Spielen", "Partien", "Einsätze", "Länderspiele"],
        &["matches", "games", "appearances"],
    ),
    e("medal", &[], &["Medaillen", "Goldmedaillen", "Medaille"], &["medals", "gold medals", "medal"]),
    e("member", &[], &["Mitglieder", "Mitgliedern", "Parteimitglieder", "Mitgliedschaft"], &["members", "membership"]),
    e("merger", &[], &["Fusion", "Zusammenschluss", "fusionieren", "Fusionen"], &["merger", "mergers", "merge"]),
    e(
        "migrant",
        &[],
        &["Migranten", "Migrantinnen", "Zuwanderer", "Einwanderer", "Zuwanderung", "Nettozuwanderung", "Migration"],
        &["migrants", "immigrants", "immigration", "net migration", "migration"],
    ),
    e("missing", &[], &["Vermisste", "Vermissten", "vermisst", "Verschüttete"], &["missing", "unaccounted"]),
    e("model", &[], &["Modelle", "Modell", "Sprachmodelle", "KI-Modelle", "Modellen"], &["models", "model", "LLMs"]),
    e(
        "net_income",
        &["profit"],
        &["Nettogewinn", "Reingewinn", "Überschuss", "Jahresüberschuss", "Nettoergebnis", "Konzernergebnis"],
        &["net income", "net profit", "bottom line"],
    ),
    e(
        "no_votes",
        &["vote"],
        &[
            "Nein-Stimmen",
            "Nein-Stimme",
            "Neinstimmen",
            "Gegenstimmen",
            "Gegenstimme",
            "mit Nein",
            "abgelehnt",
            "Ablehnung",
            "verworfen",
            "stimmten gegen",
            "lehnte … ab",
            "lehnten … ab",
            "lehnt … ab",
            "wies … zurück",
            "wiesen … zurück",
            "weist … zurück",
            "fiel … durch",
            "fielen … durch",
            "stimmte … gegen …",
            "stimmten … gegen …",
            "votierte … gegen …",
            "votierten … gegen …",
        ],
        &["no votes", "votes against", "voted against", "nays", "noes", "voted down", "rejected", "rejection"],
    ),
    e("nurse", &[], &["Pflegekräfte", "Krankenpfleger", "Pflegerinnen", "Pflegepersonal"], &["nurses"]),
    e(
        "offer",
        &["pay"],
        &["Angebot", "Angebote", "Pakete", "Paket", "Vergütungspakete", "angeboten"],
        &["offer", "offers", "offered", "package", "packages", "pay packages"],
    ),
    e("oil", &[], &["Öl", "Rohöl", "Barrel", "Fass", "Erdöl"], &["oil", "crude", "barrels", "crude oil"]),
    e(
        "operating_profit",
        &["profit"],
        &["Betriebsgewinn", "Betriebsergebnis", "operatives Ergebnis", "EBIT", "Ebitda", "operativer Gewinn"],
        &["operating profit", "operating income", "EBIT", "EBITDA", "adjusted EBIT"],
    ),
    e(
        "orders",
        &[],
        &["Aufträge", "Auftrag", "Bestellungen", "Auftragseingang", "Auftragsbestand", "Bestellung", "bestellt"],
        &["orders", "backlog", "order backlog", "order intake", "new orders"],
    ),
    e("parameters", &[], &["Parameter", "Parametern"], &["parameters"]),
    e(
        "participant",
        &[],
        &["Teilnehmer", "Teilnehmende", "Teilnehmerinnen", "Teilnehmern"],
        &["participants", "attendees"],
    ),
    e(
        "passenger",
        &[],
        &["Fahrgäste", "Passagiere", "Fluggäste", "Reisende", "Passagieren", "Fahrgästen"],
        &["passengers", "travellers", "travelers", "riders"],
    ),
    e("patient", &[], &["Patienten", "Patientinnen", "Erkrankte", "Kranke"], &["patients", "patient", "sick"]),
    e(
        "pay",
        &[],
        &["Gehalt", "Vergütung", "Kostenpunkt", "gezahlt", "zahlte", "bezahlt"],
        &["pay", "paid", "salary", "compensation"],
    ),
    e(
        "pension",
        &[],
        &["Rente", "Renten", "Betriebsrente", "Betriebsrenten", "Pension", "Pensionen", "Altersvorsorge"],
        &["pension", "pensions"],
    ),
    e(
        "people",
        &[],
        &["Menschen", "Leute", "Personen", "Köpfe", "Bürger", "Bürgern", "Bürgerinnen"],
        &["people", "persons", "citizens"],
    ),
    e(
        "plant",
        &[],
        &[
            "Werk",
            "Werke",
            "Werken",
            "Fabrik",
            "Fabriken",
            "Standorte",
            "Standort",
            "Produktionsstandorte",
            "Produktionsstätten",
        ],
        &["plant", "plants", "factory", "factories"],
    ),
    e("player", &[], &["Spieler", "Spielern", "Spielerinnen", "Profis"], &["players"]),
    e("points", &[], &["Punkte", "Punkten"], &["points"]),
    e(
        "police",
        &[],
        &["Polizisten", "Polizistinnen", "Polizeikräfte", "Polizeibeamte"],
        &["police officers", "officers", "police"],
    ),
    e(
        "population",
        &["people"],
        &["Einwohner", "Bevölkerung", "Einwohnern", "Einwohnerinnen", "Bewohner", "Bewohnern"],
        &["population", "residents", "inhabitants"],
    ),
    e(
        "power",
        &[],
        &["Leistung", "Gigawatt", "Megawatt", "Strom", "Kilowatt", "Nennleistung", "Kraftwerksleistung"],
        &["power", "capacity", "gigawatts", "megawatts", "kilowatts"],
    ),
    e(
        "power_plant",
        &["plant"],
        &["Kraftwerk", "Kraftwerke", "Atomkraftwerke", "Kohlekraftwerke", "Reaktoren", "AKW", "Kernkraftwerke"],
        &["power plant", "power plants", "power station", "power stations", "reactors"],
    ),
    e(
        "pretax_profit",
        &["profit"],
        &["Vorsteuergewinn", "Vorsteuerergebnis"],
        &["pretax profit", "pre-tax profit", "pretax"],
    ),
    e(
        "price",
        &[],
        &["Preis", "Preise", "kostet", "kostete", "Aktienkurs", "Kaufpreis", "Verkaufspreis"],
        &["price", "prices", "costs", "share price"],
    ),
    e(
        "production",
        &[],
        &["Produktion", "produziert", "Fertigung", "Produktionsvolumen", "gefertigt", "Fördermenge"],
        &["production", "produced", "manufactured"],
    ),
    e(
        "profit",
        &[],
        &[
            "Gewinn",
            "Nettogewinn",
            "Überschuss",
            "Reingewinn",
            "Betriebsgewinn",
            "Gewinne",
            "Gewinns",
            "Quartalsgewinn",
            "Jahresgewinn",
            "Rekordgewinn",
            "Konzerngewinn",
            "Milliardengewinn",
        ],
        &["profit", "profits", "net income", "earnings"],
    ),
    e(
        "protester",
        &[],
        &["Demonstranten", "Demonstrantinnen", "Protestierende", "Demonstrierende"],
        &["protesters", "demonstrators", "protestors"],
    ),
    e(
        "raise",
        &[],
        &[
            "Lohnerhöhung",
            "Lohnerhöhungen",
            "Gehaltserhöhung",
            "Lohnplus",
            "Lohnzuwachs",
            "Tariferhöhung",
            "Entgelterhöhung",
        ],
        &["pay rise", "pay raise", "wage increase", "wage increases", "pay increase", "pay rises"],
    ),
    e("rank", &[], &["Platz", "Rang", "Tabellenplatz", "Platzierung"], &["rank", "ranked", "ranking"]),
    e(
        "refugee",
        &[],
        &["Flüchtlinge", "Geflüchtete", "Flüchtlingen", "Schutzsuchende", "Geflohene"],
        &["refugees", "fled", "refugee"],
    ),
    e(
        "region",
        &[],
        &["Regionen", "Provinzen", "Bundesländer", "Bundesstaaten", "Länder", "Ländern"],
        &["regions", "provinces", "federal states", "prefectures"],
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
        "renewables",
        &[],
        &["erneuerbare Energien", "Windkraft", "Solarenergie", "Windräder", "Windkraftanlagen", "Solaranlagen"],
        &["renewables", "renewable energy", "wind turbines", "solar panels"],
    ),
    e("rent", &[], &["Miete", "Mieten", "Mietpreise", "Kaltmiete"], &["rent", "rents"]),
    e("rescued", &[], &["Gerettete", "gerettet", "geborgen", "lebend geborgen"], &["rescued", "pulled alive"]),
    e(
        "rescuer",
        &[],
        &["Rettungskräfte", "Einsatzkräfte", "Rettungsmannschaften", "Retter", "Helfer"],
        &["rescuers", "rescue teams", "first responders"],
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
        &[
            "Umsatz",
            "Umsätze",
            "Einnahmen",
            "Erlöse",
            "umsetzen",
            "Umsatzerlöse",
            "Konzernumsatz",
            "Erlös",
            "umgesetzt",
        ],
        &["revenue", "revenues", "sales", "turnover", "top line"],
    ),
    e(
        "savings",
        &[],
        &[
            "Einsparungen",
            "Einsparung",
            "einsparen",
            "eingespart",
            "Sparprogramm",
            "Kostensenkungen",
            "Ersparnis",
            "spart … ein",
            "spare … ein",
            "sparte … ein",
            "sparen … ein",
            "sparten … ein",
        ],
        &["savings", "cost savings", "save", "cost cuts"],
    ),
    e(
        "seats",
        &[],
        &["Sitze", "Mandate", "Mandaten", "Parlamentssitze", "Direktmandate"],
        &["seats", "seat", "mandates"],
    ),
    e(
        "semiconductor",
        &[],
        &["Halbleiter", "Mikrochips", "Halbleiterchips"],
        &["semiconductors", "semiconductor", "microchips"],
    ),
    e(
        "sentence",
        &[],
        &["Haftstrafe", "Freiheitsstrafe", "Gefängnisstrafe", "Haft", "Jahre Haft", "verurteilt", "Haftstrafen"],
        &["sentence", "sentenced", "prison", "jail", "imprisonment", "prison sentence"],
    ),
    e(
        "share_price",
        &["price"],
        &["Aktienkurs", "Aktienkurse", "Börsenkurs", "Kursziel", "Aktienkurses"],
        &["share price", "stock price", "share prices", "stock prices", "price target"],
    ),
    e(
        "shares",
        &[],
        &["Aktien", "Aktie", "Anteilsscheine", "Stammaktien", "Vorzugsaktien"],
        &["shares", "common shares"],
    ),
    e("soldier", &[], &["Soldaten", "Soldatinnen", "Truppen", "Kämpfer"], &["soldiers", "troops", "fighters"]),
    e(
        "spectator",
        &[],
        &["Zuschauer", "Zuschauern", "Fans", "Zuschauerinnen", "Stadionbesucher"],
        &["spectators", "fans", "attendance", "viewers", "crowd"],
    ),
    e(
        "spending",
        &[],
        &["Ausgaben", "ausgeben", "Kosten", "Staatsausgaben", "Mehrausgaben"],
        &["spending", "spend", "spends", "costs", "expenses", "expenditure"],
    ),
    e(
        "stake",
        &[],
        &[
            "Anteil",
            "Anteils",
            "Beteiligung",
            "Aktienanteil",
            "Beteiligungen",
            "Aktienpaket",
            "Anteile",
            "Beteiligungsquote",
            "Gesamtposition",
            "Position",
        ],
        &["stake", "shareholding", "equity stake", "stakes", "holding", "holdings", "position", "exposure"],
    ),
    e(
        "strikers",
        &[],
        &["Streikende", "Streikenden", "streikten", "Streikteilnehmer"],
        &["strikers", "striking", "walked out", "on strike"],
    ),
    e(
        "student",
        &[],
        &["Studenten", "Studierende", "Studierenden", "Schüler", "Schülerinnen", "Schülern", "Studentinnen"],
        &["students", "pupils", "schoolchildren", "student"],
    ),
    e(
        "subscriber",
        &["user"],
        &["Abonnenten", "Abonnements", "Abos", "Abonnentinnen"],
        &["subscribers", "subscriptions", "subscriber"],
    ),
    e(
        "subsidy",
        &[],
        &[
            "Subventionen",
            "Subvention",
            "Förderung",
            "Förderungen",
            "Fördermittel",
            "Zuschuss",
            "Zuschüsse",
            "Staatshilfe",
        ],
        &["subsidy", "subsidies", "incentives"],
    ),
    e(
        "support",
        &[],
        &["unterstützten", "unterstützte", "befürworteten", "befürwortete"],
        &["backed", "supported", "endorsed"],
    ),
    e(
        "takeover_offer",
        &["acquisition"],
        &["Übernahmeangebot", "Kaufangebot", "Übernahmeofferte", "Umtauschangebot", "Übernahmeangebots"],
        &["takeover offer", "takeover bid", "tender offer", "bid", "exchange offer"],
    ),
    e("tariff", &[], &["Zölle", "Zöllen", "Strafzölle", "Importzölle"], &["tariffs", "tariff"]),
    e("tax", &[], &["Steuer", "Steuern", "Abgaben", "Steuereinnahmen", "Steueraufkommen"], &["tax", "taxes", "levy"]),
    e(
        "transfer_fee",
        &["fee"],
        &["Ablöse", "Ablösesumme", "Ablösesummen", "Transfersumme"],
        // A lone `fee` in the news is most often a player's (`signed for a fee of €75m`).
        &["transfer fee", "transfer fees", "fee"],
    ),
    e("turnout", &[], &["Wahlbeteiligung"], &["turnout", "voter turnout"]),
    e(
        "two_thirds_majority",
        &["majority"],
        &["Zweidrittelmehrheit", "Zwei-Drittel-Mehrheit"],
        &["two-thirds majority", "supermajority"],
    ),
    e(
        "unemployment",
        &[],
        &["Arbeitslosigkeit", "Arbeitslose", "Arbeitslosenquote", "Arbeitslosen"],
        &["unemployment", "jobless", "unemployed"],
    ),
    e(
        "union_members",
        &["member"],
        &["Gewerkschaftsmitglieder", "Gewerkschafter", "Gewerkschaftsmitgliedern"],
        &["union members"],
    ),
    e(
        "unit_sales",
        &[],
        &["Absatz", "Verkäufe", "verkauft", "verkaufte", "Verkaufszahlen", "Fahrzeugabsatz"],
        &["units sold", "unit sales", "sold"],
    ),
    // Counting words for made things, the broader sense of vehicles, aircraft, devices:
    // `734.000 Einheiten` of a carmaker's capacity are vehicles, never workers.
    e("units", &[], &["Einheiten", "Stück", "Stückzahl", "Stückzahlen"], &["units", "pieces"]),
    e(
        "user",
        &["people"],
        &["Nutzer", "Nutzerinnen", "Anwender", "Nutzerbasis", "Nutzern"],
        &["user", "users", "active users"],
    ),
    e(
        "vaccination",
        &[],
        &["Impfungen", "Impfdosen", "geimpft", "Impfstoffdosen", "Impfung"],
        &["vaccinations", "vaccine doses", "doses", "vaccinated", "jabs"],
    ),
    e("valuation", &[], &["Bewertung", "bewertet"], &["valuation", "valued"]),
    e(
        "vehicle",
        &["units"],
        &["Fahrzeuge", "Autos", "Pkw", "Neuwagen", "Elektroautos", "E-Autos", "Fahrzeugen"],
        &["vehicles", "cars", "EVs", "electric vehicles", "vehicle"],
    ),
    e("victims", &[], &["Opfer", "Opfern"], &["victims"]),
    e(
        "visitor",
        &[],
        &["Besucher", "Besuchern", "Besucherinnen", "Touristen", "Gäste", "Übernachtungen"],
        &["visitors", "tourists", "guests", "overnight stays"],
    ),
    e(
        "vote",
        &[],
        &["Stimmen", "Wählerstimmen", "Stimmenanteil", "Zweitstimmen", "Erststimmen"],
        &["votes", "vote share", "ballots"],
    ),
    e(
        "vote_share",
        &["vote"],
        &["Stimmenanteil", "Stimmanteil", "Zweitstimmenanteil", "Wähleranteil"],
        &["vote share"],
    ),
    e(
        "voters",
        &[],
        &["Wähler", "Wählern", "Wählerinnen", "Wahlberechtigte", "Wahlberechtigten", "Erstwähler"],
        &["voters", "electorate", "eligible voters"],
    ),
    e(
        "voting_rights",
        &["stake"],
        &["Stimmrechte", "Stimmrechten", "Stimmrechtsanteil"],
        &["voting rights", "voting stake"],
    ),
    e(
        "wage",
        &["pay"],
        &[
            "Lohn",
            "Löhne",
            "Löhnen",
            "Gehalt",
            "Gehälter",
            "Stundenlohn",
            "Mindestlohn",
            "Tariflohn",
            "Jahresgehalt",
            "Grundgehalt",
            "Entgelt",
        ],
        &["wage", "wages", "salary", "salaries", "hourly wage", "minimum wage", "base pay"],
    ),
    e(
        "welfare",
        &[],
        &["Sozialleistungen", "Bürgergeld", "Sozialhilfe", "Arbeitslosengeld", "Kindergeld"],
        &["welfare", "benefits", "social security", "unemployment benefits"],
    ),
    e(
        "working_time",
        &[],
        &["Arbeitszeit", "Arbeitszeiten", "Wochenarbeitszeit", "Arbeitsstunden"],
        &["working hours", "working time", "hours worked", "work week"],
    ),
    e(
        "yes_votes",
        &["vote"],
        &[
            "Ja-Stimmen",
            "Ja-Stimme",
            "Jastimmen",
            "mit Ja",
            "angenommen",
            "zugestimmt",
            "nahm … an",
            "nahmen … an",
            "nimmt … an",
            "stimmte … zu",
            "stimmten … zu",
            "stimmte … für …",
            "stimmten … für …",
            "votierte … für …",
            "votierten … für …",
        ],
        &["yes votes", "in favour", "in favor", "ayes", "voted for", "approved", "ratified", "voted to"],
    ),
];

/// Forms that match only as whole words (alone, or as the last part of a hyphenated word:
/// `SPD-Stimmen`), never as the head of a compound: too many unrelated words end the same
/// way. Each is tested with the false hit it prevents.
///
/// - `Stellen`: `Hersteller`, `Baustellen`, `Vorstellung` are no jobs;
/// - `Stimmen`: `bestimmen`, `Abstimmung` are no votes;
/// - `Punkte`: `Prozentpunkte`, `Zeitpunkt`, `Schwerpunkt` are no (sport) points;
/// - `Platz`: `Parkplatz`, `Marktplatz` are no rank;
/// - `gründen`: `begründen`, `Hintergründe` are no founding;
/// - `Anteil`: `Frauenanteil`, `Eigenanteil` are no stake;
/// - `Fälle`, `Fällen`: `Unfälle`, `Zwischenfälle` are no (disease) cases;
/// - `Strom`: `Flüchtlingsstrom`, `Datenstrom` are no electricity;
/// - `Leistung`: `Dienstleistungen` are no power;
/// - `Spiele`: `Beispiele` are no matches;
/// - `Länder`, `Ländern`: `Ausländer` are no countries;
/// - `Helfer`: `Wahlhelfer` are no rescuers;
/// - `Gewinn`, `Gewinne`, `Gewinns`: `Zugewinn`, `Kursgewinne` are no profit;
/// - `Kündigungen`: `Ankündigungen` are no job cuts;
/// - `Paket`, `Pakete`: `Finanzpaket`, `Schuldenpaket` are no pay packages;
/// - `Werke`: `Netzwerke`, `Bauwerke` are no plants.
#[rustfmt::skip]
pub const NOT_HEADS: &[&str] = &[
    "Stellen", "Stimmen", "Punkte", "Platz", "gründen", "Anteil", "Fälle", "Fällen", "Strom", "Leistung", "Spiele",
    "Länder", "Ländern", "Helfer", "Gewinn", "Gewinne", "Gewinns", "Kündigungen", "Paket", "Pakete", "Werke",
];

/// Forms matched by their lowercase spelling instead of their stem, because the stemmer
/// gives them the stem of a common word that says nothing about a figure: `Arbeiter` and
/// `Arbeit`, `Fälle` and `Fall`, `Schüler` and `Schule`, `Nutzer` and `nutzen`, `Gehalt`
/// and `gehalten`, `Wähler` and `Wahl`, `Länder` and `Land`, `Enthaltung` and `enthält`,
/// `Förderung` and `Forderung`, `Häuser` and `Haus`, English `shares` and `share`, `cases`
/// and `case`, `missing` and `missed`, `contracts` and `contracted`. Their compounds match
/// by the spelled ending (`Bauarbeiter`, `Grundschüler`, `Staatsfonds`).
#[rustfmt::skip]
pub const SPELLED: &[&str] = &[
    // German
    "Ablöse", "Arbeiter", "Arbeitern", "Besucher", "Besuchern", "Betriebe", "Betrieben", "Betten", "Bürger",
    "Bürgern", "Enthaltung", "Enthaltungen", "Fälle", "Fällen", "Fertigung", "Fonds", "Förderung", "Förderungen",
    "Gehalt", "Gehälter", "Geräte", "Geräten", "Gewinn", "Gewinne", "Gewinns", "gründen", "Häuser", "Häusern",
    "Haushalte", "Haushalten", "Helfer", "Konzerne", "Konzernen", "Kosten", "Länder", "Ländern", "Schaden",
    "Schadens", "Schäden", "Schüler", "Schülern", "Schulden", "Sitze", "Spieler", "Spielern", "Staaten", "Steuer",
    "Steuern", "Treffer", "Treffern", "Nutzer", "Nutzern", "vertrieben", "Vertriebene", "Wähler", "Wählern",
    "Zinsen", "Zölle", "Zöllen", "gezahlt", "zahlte", "Kämpfer", "Gewerkschafter", "Mediziner",
    // English
    "lives", "businesses", "cases", "companies", "contract", "contracts", "corporations", "countries", "firms", "missing",
    "shares", "author", "authors", "imports", "imported", "nations", "majority", "majorities", "power", "electricity",
    "buildings", "homes", "houses", "housing", "production", "produced", "manufactured", "orders", "expenses",
    "founded", "founding", "striking", "goals", "deputies", "backed", "supported", "endorsed", "strikers", "position",
];

/// Compound heads shorter than this (in characters) are too unspecific to match.
const MIN_HEAD: usize = 5;
/// The fewest letters before a compound's head (`Neu|kunden`; `Se|kunden` is no compound).
const MIN_MODIFIER: usize = 3;
/// The most letters an inflection adds to a head (`-en`, `-er`, `-es`).
const MAX_INFLECTION: usize = 2;

fn stemmer(lang: Lang) -> Stemmer {
    Stemmer::create(match lang {
        Lang::De => Algorithm::German,
        Lang::En => Algorithm::English,
    })
}

/// Per language (by `Lang as usize`), a word's remembered answer. Looked up by the word as
/// given, without building a key.
type Memo<T> = std::cell::RefCell<Vec<HashMap<String, T>>>;

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
        m[slot].insert(word.to_string(), v);
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
    static DE: LazyLock<Stemmer> = LazyLock::new(|| stemmer(Lang::De));
    static EN: LazyLock<Stemmer> = LazyLock::new(|| stemmer(Lang::En));
    let lower = word.to_lowercase();
    let s = match lang {
        Lang::De => &*DE,
        Lang::En => &*EN,
    };
    s.stem(&lower).into_owned()
}

fn is_spelled(form: &str) -> bool {
    SPELLED.contains(&form)
}

/// The index key of a form: its lowercase spelling behind `=` for a [`SPELLED`] form, else
/// the stems of its words (a hyphenated word is stemmed whole: `ja-stimm`).
fn form_key(form: &str, lang: Lang) -> String {
    if is_spelled(form) {
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
    /// German compound heads by spelling: the lowercase German one-word forms.
    spelled_heads: HashMap<String, Vec<&'static str>>,
    /// German compound heads by stem: the stems of the forms not [`SPELLED`].
    stem_heads: HashMap<String, Vec<&'static str>>,
    /// The lowercase spellings of capitalised German [`SPELLED`] forms (nouns).
    nouns: HashSet<String>,
    /// The keys of German one-word forms written in lowercase (verbs, participles,
    /// adjectives): all a lowercase German word may be, since every German noun is
    /// capitalised (`ihre Stimme abgaben` is no `Abgaben`, levies).
    lowercase_de: HashSet<String>,
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
    for entry in ENTRIES {
        let concepts: Vec<&'static str> = std::iter::once(entry.concept).chain(entry.broader.iter().copied()).collect();
        for (lang, list) in [(Lang::De, entry.de), (Lang::En, entry.en)] {
            for form in list.iter() {
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
    // Heads: German one-word nouns, by spelling and by stem, unless it shares its key
    // with one of NOT_HEADS (`Anteile` is no head since `Anteil` is none).
    let not_heads: Vec<String> = NOT_HEADS.iter().map(|f| form_key(f, Lang::De)).collect();
    let mut spelled_heads: HashMap<String, Vec<&'static str>> = HashMap::default();
    let mut stem_heads: HashMap<String, Vec<&'static str>> = HashMap::default();
    // A compound's head is a noun: only capitalised forms are heads (`Nachwuchs` is no `wuchs`).
    let nouns_only = |f: &&&str| f.starts_with(char::is_uppercase) && !f.contains(' ');
    for form in ENTRIES.iter().flat_map(|e| e.de.iter()).filter(nouns_only) {
        let key = form_key(form, Lang::De);
        if not_heads.contains(&key) {
            continue;
        }
        let concepts = &words[Lang::De as usize][&key];
        let lower = form.to_lowercase();
        if lower.chars().count() >= MIN_HEAD {
            spelled_heads.insert(lower, concepts.clone());
        }
        if !key.starts_with('=') && key.chars().count() >= MIN_HEAD {
            stem_heads.insert(key, concepts.clone());
        }
    }
    let nouns = SPELLED.iter().filter(|f| f.starts_with(char::is_uppercase)).map(|f| f.to_lowercase()).collect();
    let lowercase_de = ENTRIES
        .iter()
        .flat_map(|e| e.de.iter())
        .filter(|f| f.starts_with(char::is_lowercase) && !f.contains(' '))
        .map(|f| form_key(f, Lang::De))
        .collect();
    let phrase_starts = words
        .iter()
        .map(|keys| keys.keys().flat_map(|k| k.match_indices(' ').map(|(i, _)| k[..i].to_string())).collect())
        .collect();
    Index { words, phrase_starts, spelled_heads, stem_heads, nouns, lowercase_de, split }
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
pub const VAGUE: &[&str] = &["hardware", "infrastructure", "majority", "people", "spending"];

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

/// Whether a concept is one of [`PERSON_STATES`].
pub fn is_person_state(concept: &str) -> bool {
    PERSON_STATES.contains(&concept)
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
pub const SHARES_OF: &[(&str, &str)] = &[("shares", "stake"), ("vote", "vote_share")];

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
    let words = &idx.words[lang as usize];
    // The whole word, then the last part of a hyphenated one (`Nvidia-Beschleuniger`).
    for part in std::iter::once(word).chain(word.rsplit('-').take(1).filter(|p| *p != word)) {
        let lower = part.to_lowercase();
        // A spelled German noun is no lowercase word (`Steuern`, not the verb `steuern`).
        let verb_like = lang == Lang::De && part.starts_with(char::is_lowercase) && idx.nouns.contains(&lower);
        if let Some(c) = words.get(format!("={lower}").as_str()).filter(|_| !verb_like) {
            return c;
        }
        let key = normalize(part, lang);
        // A lowercase German word is no noun: it matches only forms written in lowercase,
        // and is no compound's head.
        let lowercase_de = lang == Lang::De && part.starts_with(char::is_lowercase);
        if lowercase_de && !idx.lowercase_de.contains(key) {
            continue;
        }
        if let Some(c) = words.get(key) {
            return c;
        }
        if lang == Lang::De && !lowercase_de {
            if let Some(c) = head_concepts(&lower) {
                return c;
            }
        }
    }
    &[]
}

/// The concepts of a German compound's head: its longest ending after at least
/// [`MIN_MODIFIER`] letters that is a German
/// form as spelled (`Zins|senkung`, `Grund|schüler`), or that stems to a form's stem having
/// lost no more than an inflection (`Quartals|umsätzen` → `umsatz`; not `sozial|verträgliche`
/// → `vertrag`, a derivation).
///
/// Asked once per unknown capitalised German word, but of each of its endings: an ending
/// is stemmed only if its folded spelling, less at most an inflection, is a head's stem,
/// which rules out nearly all of them (a stem that passes the test below is such a prefix).
fn head_concepts(lower: &str) -> Option<&'static [&'static str]> {
    let idx: &'static Index = &INDEX;
    // The word folded once; `folded_at[k]` is where the fold of its `k`-th char begins
    // (folding is char by char, so the fold of an ending is the fold's tail).
    let mut folded_word = String::with_capacity(lower.len());
    let mut folded_at = Vec::with_capacity(lower.len());
    for c in lower.chars() {
        folded_at.push(folded_word.len());
        fold_char(c, &mut folded_word);
    }
    for (k, (i, _)) in lower.char_indices().enumerate().skip(MIN_MODIFIER) {
        let ending = &lower[i..];
        if ending.chars().count() < MIN_HEAD {
            break;
        }
        if ending.starts_with('-') {
            continue;
        }
        if let Some(c) = idx.spelled_heads.get(ending) {
            return Some(c);
        }
        let folded = &folded_word[folded_at[k]..];
        let may_be_head = std::iter::once(folded.len())
            .chain(folded.char_indices().rev().map(|(b, _)| b).take(MAX_INFLECTION))
            .any(|b| idx.stem_heads.contains_key(&folded[..b]));
        if !may_be_head {
            continue;
        }
        let stem = normalize(ending, Lang::De);
        if folded.starts_with(stem) && folded.chars().count() <= stem.chars().count() + MAX_INFLECTION {
            if let Some(c) = idx.stem_heads.get(stem) {
                return Some(c);
            }
        }
    }
    None
}

/// A char of a German word as the stemmer spells it, onto `out`: umlauts without dots, `ß`
/// as `ss`.
fn fold_char(c: char, out: &mut String) {
    match c {
        'ä' => out.push('a'),
        'ö' => out.push('o'),
        'ü' => out.push('u'),
        'ß' => out.push_str("ss"),
        c => out.push(c),
    }
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
        for entry in ENTRIES {
            for (lang, list) in [(Lang::De, entry.de), (Lang::En, entry.en)] {
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
                    assert!(found.contains(&entry.concept), "{form} ({lang}) → {found:?}, want {}", entry.concept);
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
            for (lang, list) in [(Lang::De, entry.de), (Lang::En, entry.en)] {
                let mut forms: Vec<&str> = list.to_vec();
                forms.sort_unstable();
                forms.dedup();
                assert_eq!(forms.len(), list.len(), "{} ({lang}) lists a form twice", entry.concept);
            }
        }
    }

    /// The special lists name real forms, and a spelled form is one word.
    #[test]
    fn special_lists_name_forms() {
        let all: Vec<&str> = ENTRIES.iter().flat_map(|e| e.de.iter().chain(e.en.iter()).copied()).collect();
        for f in NOT_HEADS.iter().chain(SPELLED) {
            assert!(all.contains(f), "{f} is in no entry");
            assert!(!f.contains(' '), "{f}");
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

    /// The false hits [`NOT_HEADS`] prevent, while the whole words still match.
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
        ] {
            assert!(concepts(word, Lang::De).contains(&want), "{word} → {:?}", concepts(word, Lang::De));
        }
    }

    /// Words that share a stem with a [`SPELLED`] form, and very common words that are no
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
            "Wahl",
            "Besuch",
            "treffen",
            "geraten",
            "enthält",
            "Forderung",
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
            ("Marktkapitalisierung", "market cap"),
            ("Aktienkurs", "share price"),
            ("Dividende", "dividend"),
            ("Beteiligung", "stake"),
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
