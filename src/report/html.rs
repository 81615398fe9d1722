//! The HTML report of `check --format html`: one self-contained page an editor opens from
//! disk.
//!
//! # Page
//! - the summary (counts per verdict), then the facts in the table's order, each with its
//!   verdict, label, explanation and every claim: outlet, date, the figure as written and its
//!   sentence with the figure marked;
//! - each source's full text, its figures marked and coloured by their fact's verdict; every
//!   claim links to its place in the text (`#at-…`) and every marked figure back to its
//!   claim (`#claim-…`); the source's title, outlet, date and URL at the top.
//!
//! The page has no script and loads nothing: the CSS is inline, and a Content Security Policy
//! (`default-src 'none'`) forbids scripts and requests even if some text were to slip
//! through. It does not: every piece of source text goes through maud's escaping, and URLs
//! become links only when they are `http` or `https`. Text blocks carry `dir="auto"` and
//! each paragraph takes its own direction (`unicode-bidi: plaintext`), so a right-to-left
//! paragraph reads right to left without turning the page around.

use std::collections::{BTreeMap, HashMap, HashSet};

use maud::{html, Markup, PreEscaped, DOCTYPE};

use super::Report;
use crate::claim::Claim;
use crate::source::Source;
use crate::store::SourceRecord;
use crate::verdict::{Fact, Verdict};

const CSS: &str = r#"
:root { --conflict: #b3261e; --updated: #a15c00; --agree: #1b6e3a; --single: #5f6368;
  --conflict-bg: #fde7e5; --updated-bg: #fff1d6; --agree-bg: #e3f4e8; --single-bg: #eceff1; }
* { box-sizing: border-box; }
body { margin: 0; overflow-wrap: anywhere; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f1f1f; background: #fff; }
main, header, nav { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 1.2rem 0 .4rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #ccc; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 0 0 .3rem; }
a { color: #0b57d0; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: .5rem 0; }
.counts li { padding: .2rem .7rem; border-radius: 1rem; font-weight: 600; }
.v-conflict { --c: var(--conflict); --bg: var(--conflict-bg); }
.v-updated { --c: var(--updated); --bg: var(--updated-bg); }
.v-agree { --c: var(--agree); --bg: var(--agree-bg); }
.v-single { --c: var(--single); --bg: var(--single-bg); }
.counts li, .badge { color: var(--c); background: var(--bg); }
.badge { display: inline-block; font-size: .8rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; padding: 0 .45rem; border-radius: .3rem; margin-right: .4rem; }
.fact { border-left: .35rem solid var(--c); padding: .6rem .9rem; margin: 1rem 0; background: #fafafa; break-inside: avoid; }
.fact p { margin: .2rem 0; }
.why { color: #555; font-size: .9rem; }
.claims { list-style: none; padding: 0; margin: .5rem 0 0; }
.claims li { margin: .5rem 0; padding-top: .4rem; border-top: 1px dashed #ddd; }
.who { font-size: .9rem; color: #444; }
.figure { font-weight: 700; }
blockquote { margin: .2rem 0 0; padding-inline-start: .7rem; border-inline-start: 2px solid #ccc; overflow-wrap: anywhere; unicode-bidi: plaintext; }
mark, .fig { background: var(--bg); color: inherit; border-bottom: 2px solid var(--c); padding: 0 .1rem; }
.fig { text-decoration: none; }
.fig:target, li:target { outline: 3px solid #0b57d0; }
.sources-list { padding-left: 1.2rem; }
.source { margin: 1.5rem 0; }
.meta { color: #444; font-size: .9rem; margin: 0 0 .5rem; overflow-wrap: anywhere; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; background: #fcfcfc; border: 1px solid #e0e0e0; padding: .8rem; font-size: .95rem; }
.unreadable { color: var(--conflict); }
@media (max-width: 40rem) { body { font-size: 15px; } main, header, nav { padding: 0 .6rem; } .fact { padding: .5rem .6rem; } }
@media print { body { font-size: 11pt; } nav { display: none; } a { color: inherit; text-decoration: none; }
  .fact, .claims li { break-inside: avoid; } .text { border: none; padding: 0; } h2 { break-after: avoid; } }
"#;

/// Where a claim's figure is in the page: its anchor in the fact list and in the text.
struct Anchors {
    /// claim id → fragment id (without `claim-`/`at-`).
    keys: HashMap<String, String>,
    /// claim ids whose figure is marked in its source's text.
    in_text: HashSet<String>,
}

/// A fragment-safe, unique key per claim: the claim id when it is one (`c1cd0bc7f10c0`),
/// else a counter.
fn anchors(facts: &[&Fact], report: &Report) -> Anchors {
    let mut keys = HashMap::new();
    let mut used = HashSet::new();
    let mut in_text = HashSet::new();
    let mut n = 0;
    for c in facts.iter().flat_map(|f| &f.claims) {
        let safe = !c.id.is_empty() && c.id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        let key = if safe && !used.contains(&c.id) {
            c.id.clone()
        } else {
            n += 1;
            format!("n{n}")
        };
        used.insert(key.clone());
        keys.entry(c.id.clone()).or_insert(key);
        if located(c, report.text(&c.source)).is_some() {
            in_text.insert(c.id.clone());
        }
    }
    Anchors { keys, in_text }
}

/// The claim's span in its source's body, when the text there is still the figure.
fn located(c: &Claim, source: Option<&Source>) -> Option<(usize, usize)> {
    let s = source?;
    let q = &c.quantity;
    (q.start >= s.body_start && s.text.get(q.start..q.end) == Some(q.text.as_str()) && !q.text.is_empty())
        .then_some((q.start, q.end))
}

fn verdict_class(v: Verdict) -> String {
    format!("v-{}", v.as_str())
}

/// A URL worth a link: `http` or `https` only (never `javascript:`).
fn safe_url(url: &str) -> Option<&str> {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url.trim())
}

/// Sentences longer than this (in bytes) are shown as an excerpt around the figure in the
/// list of facts; the whole sentence is in the source's text, one link away.
const EXCERPT: usize = 600;

/// The sentence with the figure marked, when the figure can be found in it; a very long
/// sentence is cut to the words around the figure.
fn sentence(c: &Claim, class: &str) -> Markup {
    let q = &c.quantity;
    let text = c.sentence.as_str();
    let at = q
        .start
        .checked_sub(c.sentence_start)
        .filter(|&s| text.get(s..s + q.text.len()) == Some(q.text.as_str()))
        .or_else(|| (!q.text.is_empty()).then(|| text.find(q.text.as_str())).flatten());
    match at {
        Some(s) if !q.text.is_empty() => {
            let e = s + q.text.len();
            let long = text.len() > EXCERPT;
            let from = if long && s > EXCERPT / 2 { word_start(text, s - EXCERPT / 2).min(s) } else { 0 };
            let to = if long { word_end(text, e + EXCERPT / 2).max(e) } else { text.len() };
            html! {
                @if from > 0 { "… " }
                (text[from..s]) mark class=(class) { (text[s..e]) } (text[e..to])
                @if to < text.len() { " …" }
            }
        }
        _ => html! { (text) },
    }
}

/// The start of the word at or after byte `i` (a char boundary at worst).
fn word_start(text: &str, i: usize) -> usize {
    let i = (i..=text.len()).find(|&j| text.is_char_boundary(j)).unwrap_or(text.len());
    // After the first whitespace character (which may be wider than a byte: a no-break space).
    text[i..].char_indices().find(|(_, c)| c.is_whitespace()).map_or(i, |(k, c)| i + k + c.len_utf8())
}

/// The end of the word at or before byte `i`.
fn word_end(text: &str, i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    let i = (0..=i).rev().find(|&j| text.is_char_boundary(j)).unwrap_or(0);
    text[..i].rfind(char::is_whitespace).unwrap_or(i)
}

/// Who said it: the outlet (the source id when it is not known) and the date.
fn who(record: Option<&SourceRecord>, id: &str) -> String {
    let mut parts = vec![record.and_then(|r| r.outlet.clone()).unwrap_or_else(|| id.to_string())];
    if let Some(d) = record.and_then(|r| r.date) {
        parts.push(d.to_string());
    }
    parts.join(" · ")
}

/// One marked figure in a text: the claim, its verdict and fact label, and any other claim
/// whose span overlaps it (their anchors sit at its start).
struct Mark<'a> {
    start: usize,
    end: usize,
    claim: &'a Claim,
    fact: &'a Fact,
    also: Vec<&'a Claim>,
}

fn source_text(s: &Source, marks: &[Mark], a: &Anchors) -> Markup {
    // The plain text before each mark; the text after the last one closes the block.
    let mut pos = s.body_start;
    let pieces: Vec<(&str, &Mark)> = marks
        .iter()
        .map(|m| {
            let before = &s.text[pos..m.start];
            pos = m.end;
            (before, m)
        })
        .collect();
    html! {
        div.text dir="auto" lang=(s.lang.code()) {
            @for (before, m) in pieces {
                (before)
                @for other in &m.also {
                    span id={"at-" (a.keys[&other.id])} {}
                }
                a.fig.(verdict_class(m.fact.verdict)) id={"at-" (a.keys[&m.claim.id])}
                    href={"#claim-" (a.keys[&m.claim.id])}
                    title={(m.fact.verdict.as_str()) ": " (m.fact.label)} {
                    (s.text[m.start..m.end])
                }
            }
            (s.text[pos..])
        }
    }
}

/// Renders the page; `all` also shows facts made only of incidental figures.
pub fn render(report: &Report, all: bool) -> String {
    let facts: Vec<&Fact> = report.shown(all).collect();
    let a = anchors(&facts, report);
    let summary = report.summary();
    // The marks of each source, in text order; overlapping figures share the first mark.
    let mut marks: BTreeMap<&str, Vec<Mark>> = BTreeMap::new();
    let mut spans: Vec<(usize, usize, &Claim, &Fact)> = facts
        .iter()
        .flat_map(|f| f.claims.iter().map(move |c| (c, *f)))
        .filter_map(|(c, f)| located(c, report.text(&c.source)).map(|(s, e)| (s, e, c, f)))
        .collect();
    spans.sort_by(|x, y| (&x.2.source, x.0, x.1, &x.2.id).cmp(&(&y.2.source, y.0, y.1, &y.2.id)));
    for (start, end, claim, fact) in spans {
        let list = marks.entry(claim.source.as_str()).or_default();
        match list.last_mut() {
            Some(last) if start < last.end => last.also.push(claim),
            _ => list.push(Mark { start, end, claim, fact, also: Vec::new() }),
        }
    }
    let source_index: HashMap<&str, usize> =
        report.sources.iter().enumerate().map(|(i, s)| (s.id.as_str(), i + 1)).collect();
    let counts = [
        (Verdict::Conflict, summary.conflict, "conflict"),
        (Verdict::Updated, summary.updated, "updated"),
        (Verdict::Agree, summary.agree, "agree"),
        (Verdict::Single, summary.single, "single-source"),
    ];
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'";
                title { "Cross-check report" }
                style { (PreEscaped(CSS)) }
            }
            body {
                header {
                    h1 { "Cross-check report" }
                    p.summary { (report.summary_line(all)) }
                    ul.counts {
                        @for (v, n, name) in counts {
                            li.(verdict_class(v)) { (n) " " (name) }
                        }
                    }
                }
                nav {
                    p { a href="#facts" { "Facts" } " · " a href="#sources" { "Sources" } }
                }
                main {
                    section #facts {
                        h2 { "Facts" }
                        @if facts.is_empty() { p { "No facts." } }
                        @for f in &facts {
                            article.fact.(verdict_class(f.verdict)) id={"fact-" (f.id)} {
                                h3 { span.badge { (f.verdict.as_str()) } bdi { (f.label) } }
                                p { (f.explanation) }
                                @if !f.why.is_empty() { p.why { "Grouped by " (f.why.join("; ")) "." } }
                                ul.claims {
                                    @for c in &f.claims {
                                        li id={"claim-" (a.keys[&c.id])} {
                                            span.who {
                                                bdi { (who(report.record(&c.source), &c.source)) }
                                                @if let Some((line, column)) = report.line_col(&c.source, c.quantity.start) {
                                                    " · line " (line) ":" (column)
                                                }
                                            }
                                            " "
                                            @if a.in_text.contains(&c.id) {
                                                a.figure href={"#at-" (a.keys[&c.id])} { bdi { (c.quantity.text) } }
                                            } @else {
                                                span.figure { bdi { (c.quantity.text) } }
                                            }
                                            blockquote dir="auto" { (sentence(c, &verdict_class(f.verdict))) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    section #sources {
                        h2 { "Sources" }
                        @for r in report.sources {
                            article.source id={"src-" (source_index[r.id.as_str()])} {
                                h3 dir="auto" { (r.title.as_deref().unwrap_or(&r.id)) }
                                p.meta {
                                    bdi { (r.outlet.as_deref().unwrap_or("outlet unknown")) }
                                    " · " (r.date.map_or_else(|| "undated".to_string(), |d| d.to_string()))
                                    " · " code { (r.path) }
                                    @if let Some(url) = &r.url {
                                        " · "
                                        @if let Some(href) = safe_url(url) { a href=(href) { (url) } }
                                        @else { (url) }
                                    }
                                }
                                @match report.text(&r.id) {
                                    Some(s) => (source_text(s, marks.get(r.id.as_str()).map_or(&[][..], Vec::as_slice), &a)),
                                    None => p.unreadable { "The text of this source could not be read." },
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    let mut out = page.into_string();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_cut_at_words_and_keep_the_figure() {
        let text = "wort ".repeat(200) + "FIG" + &" ende".repeat(200);
        let s = text.find("FIG").unwrap();
        let from = word_start(&text, s - EXCERPT / 2);
        let to = word_end(&text, s + 3 + EXCERPT / 2);
        assert!(from <= s && to >= s + 3);
        assert!(text[from..].starts_with("wort") && text[..to].ends_with("ende"));
        // A word longer than the window never cuts into the figure.
        let one = "x".repeat(900) + "FIG";
        assert!(word_start(&one, 10).min(900) <= 900);
        assert_eq!(word_end("ab", 99), 2);
        // A no-break space is two bytes: the cut lands after it, on a character boundary.
        let nbsp = "ä\u{a0}ö".repeat(400);
        for i in 0..40 {
            let from = word_start(&nbsp, i);
            assert!(nbsp.is_char_boundary(from) && nbsp.is_char_boundary(word_end(&nbsp, i)), "{i}");
        }
    }

    #[test]
    fn only_web_urls_become_links() {
        assert_eq!(safe_url(" https://example.com/a "), Some("https://example.com/a"));
        assert_eq!(safe_url("HTTP://example.com"), Some("HTTP://example.com"));
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url("data:text/html,<script>"), None);
    }
}
