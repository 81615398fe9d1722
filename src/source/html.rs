//! Reading a saved web page: the article's text, a map from that text back to the bytes of
//! the page as stored, and the page's metadata.
//!
//! The page is tokenized by `html5gum` (a WHATWG tokenizer that reports the byte span of
//! every token); the text is the page's character data with entities decoded, and every
//! piece of it remembers the bytes it came from, so a claim's span indexes the stored file.
//!
//! # What counts as the article
//!
//! | rule | why |
//! |---|---|
//! | only the text inside `<article>` elements, when the page has one | the story, without the site around it |
//! | never `script`, `style`, `noscript`, `template`, `svg`, `iframe`, `form`, `button`, `select`, `dialog`, `nav`, `aside` | code and controls |
//! | never `header` or `footer` outside an `<article>` | the site's, not the story's |
//! | never an element whose `role` is navigation, banner, contentinfo, complementary, search, dialog or alertdialog, or whose `class`/`id` names page furniture (`cookie`, `consent`, `nav`, `menu`, `breadcrumb`, `share`, `social`, `newsletter`, `related`, `promo`, `advert`, `sidebar`, `paywall`, `comment`) | banners and menus carry numbers that are no claims |
//! | block elements (`p`, `div`, `h1`–`h6`, `li`, `tr`, `br`, …) end a sentence; table cells are kept apart by ` \| ` | a heading is not the start of the next paragraph |
//! | inline elements (`b`, `a`, `span`, …) add nothing | `<b>14,3 Milliarden</b>` is read as written |
//!
//! Metadata: the title from JSON-LD `headline`, else `og:title`, else `<title>`; the date
//! from JSON-LD `datePublished`, else `article:published_time`; the outlet from JSON-LD
//! `publisher`, else `og:site_name`; the URL from `og:url` or `<link rel=canonical>`; the
//! language from `<html lang>` (an unsupported one is kept in `extra`, for the language guard).

use std::collections::BTreeMap;

use html5gum::{DefaultEmitter, Token, Tokenizer};

/// One piece of the text and the bytes of the page it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// Where the piece starts in the text.
    pub text: usize,
    /// The bytes of the page it comes from.
    pub start: usize,
    pub end: usize,
    /// Copied byte for byte (`text` and `start..end` have the same length), or a
    /// replacement (a decoded entity, a sentence break for a tag).
    pub literal: bool,
}

/// The text of a page and where each of its bytes comes from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextMap {
    pieces: Vec<Piece>,
}

impl TextMap {
    /// Where the text span `start..end` comes from in the page: a literal piece maps byte
    /// for byte, a replacement to all of its bytes. The result always lies on character
    /// boundaries of the page.
    pub fn to_page(&self, start: usize, end: usize) -> (usize, usize) {
        let at = |t: usize| self.pieces.partition_point(|p| p.text <= t).saturating_sub(1);
        let map_start = |t: usize| match self.pieces.get(at(t)) {
            Some(p) if p.literal => (p.start + (t - p.text)).min(p.end),
            Some(p) if t > p.text => p.end,
            Some(p) => p.start,
            None => 0,
        };
        let s = map_start(start);
        if end <= start {
            return (s, s);
        }
        let e = match self.pieces.get(at(end - 1)) {
            Some(p) if p.literal => (p.start + (end - p.text)).min(p.end),
            Some(p) => p.end,
            None => s,
        };
        (s, e.max(s))
    }
}

/// A page read: its text, the map back to the page, and its metadata as `key → value`
/// (`title`, `date`, `lang`, `url`, `outlet`).
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub text: String,
    pub map: TextMap,
    pub meta: BTreeMap<&'static str, String>,
}

/// Elements whose content is never text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "dialog", "nav", "aside",
    "head",
];
/// Roles of page furniture.
const FURNITURE_ROLES: &[&str] =
    &["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"];
/// Words in a `class` or `id` that mark page furniture.
const FURNITURE_WORDS: &[&str] = &[
    "cookie",
    "consent",
    "nav",
    "menu",
    "breadcrumb",
    "share",
    "social",
    "newsletter",
    "related",
    "promo",
    "advert",
    "sidebar",
    "paywall",
    "comment",
];
/// Elements that end a sentence.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "br",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "title",
    "body",
];
/// Elements with no end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param"];

struct Open {
    name: String,
    skip: bool,
    article: bool,
}

/// Reads a page.
pub fn read(page: &str) -> Page {
    let has_article = tokens(page).any(|t| matches!(&t, Token::StartTag(s) if s.name.as_slice() == b"article"));
    let mut out = Page::default();
    let mut stack: Vec<Open> = Vec::new();
    let (mut in_title, mut in_ld, mut title) = (false, false, String::new());
    let mut ld: Vec<String> = Vec::new();
    let mut head_meta: BTreeMap<&'static str, String> = BTreeMap::new();
    for token in tokens(page) {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let attr = |k: &str| {
                    tag.attributes.get(k.as_bytes()).map(|v| String::from_utf8_lossy(&v.value).trim().to_string())
                };
                match name.as_str() {
                    "html" => {
                        if let Some(l) = attr("lang") {
                            head_meta.insert("lang", l);
                        }
                    }
                    "title" => in_title = true,
                    "meta" => {
                        let key = attr("property").or_else(|| attr("name")).unwrap_or_default().to_ascii_lowercase();
                        let slot = match key.as_str() {
                            "og:title" => Some("og:title"),
                            "og:url" => Some("url"),
                            "og:site_name" => Some("og:site_name"),
                            "article:published_time" | "og:published_time" => Some("og:date"),
                            _ => None,
                        };
                        if let (Some(slot), Some(v)) = (slot, attr("content")) {
                            head_meta.entry(slot).or_insert(v);
                        }
                    }
                    "link" if attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                        if let Some(v) = attr("href") {
                            head_meta.entry("canonical").or_insert(v);
                        }
                    }
                    "script" => in_ld = attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")),
                    _ => {}
                }
                if BLOCKS.contains(&name.as_str()) {
                    out.push_break(tag.span.start, tag.span.end);
                } else if matches!(name.as_str(), "td" | "th")
                    && !out.text.trim_end().is_empty()
                    && !out.text.ends_with("\n\n")
                {
                    // Between two cells of a row, not before the first.
                    out.push_replacement(" | ", tag.span.start, tag.span.end);
                }
                if VOID.contains(&name.as_str()) || tag.self_closing {
                    continue;
                }
                // A new paragraph or item closes the one still open (`<p>a<p>b`).
                if matches!(name.as_str(), "p" | "li" | "td" | "th" | "tr") {
                    if let Some(i) = stack.iter().rposition(|o| o.name == name) {
                        if stack[i + 1..].iter().all(|o| !BLOCKS.contains(&o.name.as_str()) || o.name == name) {
                            stack.truncate(i);
                        }
                    }
                }
                let inside_article = stack.iter().any(|o| o.article);
                let furniture = attr("role")
                    .is_some_and(|r| FURNITURE_ROLES.contains(&r.to_ascii_lowercase().as_str()))
                    || [attr("class"), attr("id")].iter().flatten().any(|v| {
                        v.to_ascii_lowercase()
                            .split(|c: char| !c.is_ascii_alphanumeric())
                            .any(|w| FURNITURE_WORDS.iter().any(|f| w == *f || (w.starts_with(f) && f.len() > 4)))
                    });
                let skip = SKIPPED.contains(&name.as_str())
                    || (matches!(name.as_str(), "header" | "footer") && !inside_article)
                    || furniture;
                stack.push(Open { name, skip, article: tag.name.as_slice() == b"article" });
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                match name.as_str() {
                    "title" => in_title = false,
                    "script" => in_ld = false,
                    _ => {}
                }
                if let Some(i) = stack.iter().rposition(|o| o.name == name) {
                    stack.truncate(i);
                }
                if BLOCKS.contains(&name.as_str()) {
                    out.push_break(tag.span.start, tag.span.end);
                }
            }
            Token::String(s) => {
                let decoded = String::from_utf8_lossy(&s.value);
                if in_title {
                    title.push_str(&decoded);
                }
                if in_ld {
                    ld.push(decoded.into_owned());
                    continue;
                }
                let hidden = stack.iter().any(|o| o.skip);
                let chosen = !has_article || stack.iter().any(|o| o.article);
                if hidden || !chosen || in_title {
                    continue;
                }
                // Indentation between tags adds nothing after a break or a space.
                if decoded.trim().is_empty() && out.text.ends_with(char::is_whitespace) {
                    continue;
                }
                let raw = page.get(s.span.start..s.span.end).unwrap_or_default();
                out.push_decoded(raw, &decoded, s.span.start);
            }
            _ => {}
        }
    }
    out.meta = metadata(head_meta, title, &ld);
    out
}

fn tokens(page: &str) -> impl Iterator<Item = Token<usize>> + '_ {
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    // Script, style and title content is raw text, as a browser reads it.
    emitter.naively_switch_states(true);
    Tokenizer::new_with_emitter(page, emitter).flatten()
}

impl Page {
    fn push_literal(&mut self, s: &str, start: usize) {
        if s.is_empty() {
            return;
        }
        let text = self.text.len();
        match self.map.pieces.last_mut() {
            Some(p) if p.literal && p.end == start && p.text + (p.end - p.start) == text => p.end += s.len(),
            _ => self.map.pieces.push(Piece { text, start, end: start + s.len(), literal: true }),
        }
        self.text.push_str(s);
    }

    fn push_replacement(&mut self, s: &str, start: usize, end: usize) {
        self.map.pieces.push(Piece { text: self.text.len(), start, end, literal: false });
        self.text.push_str(s);
    }

    /// A sentence break for a block tag, once between two pieces of text.
    fn push_break(&mut self, start: usize, end: usize) {
        if self.text.is_empty() || self.text.ends_with("\n\n") {
            return;
        }
        self.push_replacement("\n\n", start, end);
    }

    /// Appends `decoded`, the tokenizer's reading of the page bytes `raw` at `at`, matching
    /// the two up so that bytes copied as they are map to themselves and a decoded entity
    /// (or a CRLF read as LF) maps to the bytes it was written as.
    fn push_decoded(&mut self, raw: &str, decoded: &str, at: usize) {
        let (mut i, mut j) = (0usize, 0usize);
        while i < raw.len() && j < decoded.len() {
            let run = raw[i..]
                .bytes()
                .zip(decoded[j..].bytes())
                .take_while(|&(a, b)| a == b && a != b'&' && a != b'\r')
                .count();
            // Whole characters only: both sides agree byte for byte, so a run ends on one.
            let run = (0..=run).rev().find(|&n| raw.is_char_boundary(i + n)).unwrap_or(0);
            if run > 0 {
                self.push_literal(&raw[i..i + run], at + i);
                i += run;
                j += run;
                continue;
            }
            match entity_match(&raw[i..], &decoded[j..]) {
                Some((r, d)) => {
                    if raw[i..i + r] == decoded[j..j + d] {
                        self.push_literal(&raw[i..i + r], at + i);
                    } else {
                        self.push_replacement(&decoded[j..j + d], at + i, at + i + r);
                    }
                    i += r;
                    j += d;
                }
                None => break,
            }
        }
        if i < raw.len() || j < decoded.len() {
            // The two could not be matched up (never seen; a fallback, not a guess): the
            // rest of the text stands for the rest of the bytes.
            self.push_replacement(&decoded[j..], at + i, at + raw.len());
        }
    }
}

/// At a `&` or `\r` of the page where the tokenizer's text differs: how many bytes of the
/// page (`r`) became how many bytes of text (`d`), chosen so that what follows matches again.
fn entity_match(raw: &str, decoded: &str) -> Option<(usize, usize)> {
    let resyncs = |r: usize, d: usize| {
        let (a, b) = (&raw[r..], &decoded[d..]);
        let stop = a.find(['&', '\r']).unwrap_or(a.len()).min(16);
        let stop = (0..=stop).rev().find(|&n| a.is_char_boundary(n)).unwrap_or(0);
        if stop == 0 {
            // Nothing literal follows: both must end here, or both continue with an entity.
            return a.is_empty() == b.is_empty() || a.starts_with(['&', '\r']);
        }
        b.as_bytes().starts_with(&a.as_bytes()[..stop])
    };
    if raw.starts_with("\r\n") && decoded.starts_with('\n') {
        return Some((2, 1));
    }
    if raw.starts_with('\r') && decoded.starts_with('\n') {
        return Some((1, 1));
    }
    if !raw.starts_with('&') {
        return None;
    }
    // An unknown reference (`&foo;`, a lone `&`) stays as written.
    if decoded.starts_with('&') && resyncs(1, 1) {
        return Some((1, 1));
    }
    let name_end = 1 + raw[1..].bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'#').count();
    let longest = if raw[name_end..].starts_with(';') { name_end + 1 } else { name_end };
    // The longest reference first: `&notit;` is `&not` + `it;`, `&nbsp;` is one.
    for r in (2..=longest).rev() {
        for chars in 1..=2 {
            let d: usize = decoded.chars().take(chars).map(char::len_utf8).sum();
            if d > 0 && resyncs(r, d) {
                return Some((r, d));
            }
        }
    }
    None
}

/// The metadata of the page, best source first.
fn metadata(head: BTreeMap<&'static str, String>, title: String, ld: &[String]) -> BTreeMap<&'static str, String> {
    let mut meta = BTreeMap::new();
    let mut ld_fields: BTreeMap<&'static str, String> = BTreeMap::new();
    for block in ld {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(block) {
            json_ld(&v, &mut ld_fields);
        }
    }
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let pick = |keys: &[Option<&String>]| keys.iter().flatten().find(|v| !v.is_empty()).map(|v| (*v).clone());
    let empty = (!title.is_empty()).then_some(title);
    if let Some(t) = pick(&[ld_fields.get("headline"), head.get("og:title"), empty.as_ref()]) {
        meta.insert("title", t);
    }
    if let Some(d) = pick(&[ld_fields.get("datePublished"), head.get("og:date")]) {
        meta.insert("date", d);
    }
    if let Some(o) = pick(&[ld_fields.get("publisher"), head.get("og:site_name")]) {
        meta.insert("outlet", o);
    }
    if let Some(u) = pick(&[head.get("url"), head.get("canonical")]) {
        meta.insert("url", u);
    }
    if let Some(l) = head.get("lang") {
        meta.insert("lang", l.clone());
    }
    meta
}

/// `headline`, `datePublished` and `publisher` (its `name`) of the first JSON-LD object
/// that has them, searching lists and `@graph`.
fn json_ld(v: &serde_json::Value, out: &mut BTreeMap<&'static str, String>) {
    match v {
        serde_json::Value::Array(items) => items.iter().for_each(|i| json_ld(i, out)),
        serde_json::Value::Object(o) => {
            for key in ["headline", "datePublished"] {
                if let Some(s) = o.get(key).and_then(serde_json::Value::as_str) {
                    out.entry(if key == "headline" { "headline" } else { "datePublished" })
                        .or_insert_with(|| s.trim().to_string());
                }
            }
            let publisher = o.get("publisher").and_then(|p| match p {
                serde_json::Value::String(s) => Some(s.clone()),
                serde_json::Value::Object(p) => p.get("name").and_then(serde_json::Value::as_str).map(str::to_string),
                _ => None,
            });
            if let Some(p) = publisher {
                out.entry("publisher").or_insert(p);
            }
            if let Some(g) = o.get("@graph") {
                json_ld(g, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans_hold(page: &str, p: &Page) {
        for piece in &p.map.pieces {
            assert!(page.is_char_boundary(piece.start) && page.is_char_boundary(piece.end));
            if piece.literal {
                let len = piece.end - piece.start;
                assert_eq!(&p.text[piece.text..piece.text + len], &page[piece.start..piece.end]);
            }
        }
    }

    #[test]
    fn inline_tags_and_entities_map_back_to_the_page() {
        let page = "<p>Meta zahlte <b>14,3&nbsp;Milliarden</b> &euro; f&uuml;r x&notit; &foo; R&amp;D.</p>";
        let p = read(page);
        assert_eq!(p.text.trim(), "Meta zahlte 14,3\u{a0}Milliarden € für x¬it; &foo; R&D.");
        spans_hold(page, &p);
        let at = p.text.find("14,3").unwrap();
        let end = p.text.find("Milliarden").unwrap() + "Milliarden".len();
        let (s, e) = p.map.to_page(at, end);
        assert_eq!(&page[s..e], "14,3&nbsp;Milliarden");
        let euro = p.text.find('€').unwrap();
        assert_eq!(
            p.map.to_page(euro, euro + '€'.len_utf8()),
            (page.find("&euro;").unwrap(), page.find("&euro;").unwrap() + 6)
        );
    }

    #[test]
    fn furniture_scripts_and_the_site_are_left_out() {
        let page = r#"<html lang="de"><head><title>Titel | Blatt</title><style>p{}</style>
<meta property="article:published_time" content="2025-07-01T08:00:00Z"></head>
<body><nav>Top 10 | 5 Themen</nav><div class="cookie-banner">Wir nutzen 12 Cookies</div>
<script>var x = "<p>99 Euro</p>";</script>
<article><h1>Meta kauft zu</h1><p>Meta zahlte 14,3 Milliarden Dollar.</p></article>
<footer>© 2025</footer></body></html>"#;
        let p = read(page);
        assert_eq!(
            p.text.split_whitespace().collect::<Vec<_>>().join(" "),
            "Meta kauft zu Meta zahlte 14,3 Milliarden Dollar."
        );
        assert!(p.text.contains("zu\n\n"), "a heading ends its sentence: {:?}", p.text);
        assert_eq!(p.meta["title"], "Titel | Blatt");
        assert_eq!(p.meta["date"], "2025-07-01T08:00:00Z");
        assert_eq!(p.meta["lang"], "de");
        spans_hold(page, &p);
    }

    #[test]
    fn json_ld_gives_headline_date_and_publisher() {
        let page = r#"<title>x</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Schlagzeile","datePublished":"2025-06-30","publisher":{"name":"Blatt"}}]}</script><p>Text 5 Euro.</p>"#;
        let p = read(page);
        assert_eq!(
            (p.meta["title"].as_str(), p.meta["date"].as_str(), p.meta["outlet"].as_str()),
            ("Schlagzeile", "2025-06-30", "Blatt")
        );
        assert_eq!(p.text.trim(), "Text 5 Euro.");
    }

    #[test]
    fn crlf_and_odd_bytes_keep_the_map_whole() {
        for page in [
            "<p>a\r\nb &amp</p>",
            "<p>&#x20AC; &#8364; &#0; \u{0}x</p>",
            "<p>ü&",
            "<<<>>>&&&;;",
            "<p>&ampx &lt;b&gt;</p>",
        ] {
            let p = read(page);
            spans_hold(page, &p);
            let (s, e) = p.map.to_page(0, p.text.len());
            assert!(s <= e && e <= page.len());
        }
    }
}
