//! Sentence splitting for news text.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it)
//! followed by whitespace and something that can open a sentence: an uppercase letter, a
//! digit, an opening quote. It does not end after an abbreviation (`z. B.`, `Mio.`, `Dr.`,
//! `ca.`, `u. a.`), an initial (`J. Smith`), or an ordinal (`am 30. Juni 2025`, `der 3.
//! Platz`). Line structure counts too: a blank line always ends a sentence, and so does a
//! line break unless the next line continues in lowercase (a soft wrap) or the text is hard
//! wrapped (the line stops mid-phrase — `von` / `14,3 Milliarden` — and the next is no
//! longer than a wrapped line); headings (`### …`), list items and headlines without a full
//! stop are sentences of their own.
//!
//! Spans are byte offsets into the text given, trimmed of surrounding whitespace. The
//! splitter knows no language: the abbreviations and ordinal words come in a [`Stops`].

use foldhash::HashSet;

/// The words after which a full stop does not end a sentence, as the languages list them
/// ([`crate::lang::sentence_stops`]): lowercase, without the dot.
#[derive(Debug, Default)]
pub struct Stops {
    /// Abbreviations: `z. B.`, `Mio.`, `Dr.`, `Mr.`.
    pub abbreviations: HashSet<&'static str>,
    /// Words after an ordinal's dot: `30. Juni`, `3. Quartal`.
    pub after_ordinal: HashSet<&'static str>,
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '„' | '«' | '»' | '’' | ')' | ']' | '*')
}

/// The sentences of `text` as byte spans.
pub fn split(text: &str, stops: &Stops) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // A heading or list item is one only when its sentence opens a line, and a line of
    // reasonable length: in text with no line breaks, a `#` or `- ` mid-line would
    // otherwise swallow every sentence after it.
    let line_end = |from: usize| text[from..].find('\n').map_or(text.len(), |i| from + i);
    let (mut opens_line, mut this_line_end) = (true, line_end(0));
    let heading = |start: usize, pos: usize, opens_line: bool, end: usize| {
        opens_line && end - start <= MAX_HEADING && is_heading(&text[start..pos])
    };
    let mut k = 0;
    while k < chars.len() {
        let (pos, c) = chars[k];
        if c == '\n' {
            // A blank line, or a line break not followed by a lowercase continuation.
            let next = chars[k + 1..].iter().find(|(_, c)| !c.is_whitespace()).map(|&(_, c)| c);
            let blank = text[pos + 1..].trim_start_matches([' ', '\t', '\r']).starts_with('\n');
            let continues = !blank
                && !heading(start, pos, opens_line, this_line_end)
                && (next.is_some_and(|n| n.is_lowercase()) || hard_wrap(text, pos));
            this_line_end = line_end(pos + 1);
            if !continues {
                push(&mut spans, text, start, pos);
                start = pos + 1;
                opens_line = true;
            }
        } else if matches!(c, '.' | '!' | '?' | '…') && !heading(start, pos, opens_line, this_line_end) {
            let mut j = k + 1;
            while j < chars.len() && (is_closer(chars[j].1) || matches!(chars[j].1, '.' | '!' | '?')) {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
            let followed_by_space = chars.get(j).is_none_or(|&(_, c)| c.is_whitespace());
            if followed_by_space && (c != '.' || !keeps_going(text, &chars, k, j, stops)) {
                push(&mut spans, text, start, end);
                start = end;
                opens_line = false;
            }
            k = j;
            continue;
        }
        k += 1;
    }
    push(&mut spans, text, start, bytes.len());
    spans
}

/// Whether the line break at `pos` only wraps a paragraph: the line before stops mid-phrase
/// (on a lowercase word, a digit, a comma or a dash) and the line after is no longer than a
/// wrapped line would be (a headline over a long paragraph is not wrapped text) and no
/// heading or list item.
fn hard_wrap(text: &str, pos: usize) -> bool {
    let before = text[..pos].rfind('\n').map_or(0, |i| i + 1);
    let line = text[before..pos].trim();
    let after = text[pos + 1..].find('\n').map_or(text.len(), |i| pos + 1 + i);
    let next = text[pos + 1..after].trim();
    let last_word = line.rsplit(char::is_whitespace).next().unwrap_or_default();
    let mid_phrase = last_word.chars().next().is_some_and(char::is_lowercase)
        || line.chars().last().is_some_and(|c| c.is_ascii_digit() || matches!(c, ',' | ';' | '–' | '-'));
    mid_phrase && !is_heading(next) && next.chars().count() <= line.chars().count() + 20
}

/// The longest line read as a heading or list item, in bytes.
const MAX_HEADING: usize = 2000;

fn is_heading(line: &str) -> bool {
    let l = line.trim_start();
    l.starts_with('#') || l.starts_with("- ") || l.starts_with("* ") || l.starts_with("• ")
}

/// Whether the full stop at `chars[k]` belongs to an abbreviation, initial or ordinal.
fn keeps_going(text: &str, chars: &[(usize, char)], k: usize, after: usize, stops: &Stops) -> bool {
    let dot = chars[k].0;
    let word_start = text[..dot]
        .rfind(|c: char| !c.is_alphanumeric())
        .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    let word = &text[word_start..dot];
    let next_word: String = chars[after..]
        .iter()
        .skip_while(|(_, c)| c.is_whitespace())
        .take_while(|(_, c)| c.is_alphanumeric())
        .map(|&(_, c)| c)
        .collect();
    let next_is_lower = next_word.chars().next().is_some_and(char::is_lowercase);
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    if stops.abbreviations.contains(lower.as_str())
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
    {
        return true;
    }
    if word.chars().all(|c| c.is_ascii_digit()) && word.len() <= 2 {
        let next_lower = next_word.to_lowercase();
        return next_is_lower || stops.after_ordinal.contains(next_lower.as_str());
    }
    // A lowercase word after the stop continues the sentence (`ca. 5`, `u. a. mit`).
    next_is_lower && !next_word.is_empty() && word.len() <= 4
}

fn push(spans: &mut Vec<(usize, usize)>, text: &str, start: usize, end: usize) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        spans.push((start + lead, end - trail));
    }
}

/// The index of the sentence containing byte `offset`.
pub fn containing(spans: &[(usize, usize)], offset: usize) -> Option<usize> {
    let i = spans.partition_point(|&(s, _)| s <= offset).checked_sub(1)?;
    (offset < spans[i].1.max(spans[i].0 + 1)).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<(usize, usize)> {
        super::split(text, crate::lang::sentence_stops())
    }

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Meta zahlt viel. Das ist neu.", &["Meta zahlt viel.", "Das ist neu."]),
            (
                "Das kostet z. B. 5 Mio. Euro und mehr. Dann kam Dr. Wang.",
                &["Das kostet z. B. 5 Mio. Euro und mehr.", "Dann kam Dr. Wang."],
            ),
            (
                "Gegründet am 30. Juni 2025 in Menlo Park. Danach kam mehr.",
                &["Gegründet am 30. Juni 2025 in Menlo Park.", "Danach kam mehr."],
            ),
            ("Er wurde 3. und verlor.", &["Er wurde 3. und verlor."]),
            (
                "Die Quote lag bei 14,3 Prozent. Sie stieg auf 2.5 Punkte.",
                &["Die Quote lag bei 14,3 Prozent.", "Sie stieg auf 2.5 Punkte."],
            ),
            ("Er sagte: „Wir leben in Angst.“ Dann ging er.", &["Er sagte: „Wir leben in Angst.“", "Dann ging er."]),
            ("Das kostet ca. 5 Euro u. a. für Chips.", &["Das kostet ca. 5 Euro u. a. für Chips."]),
            (
                "#### 1. **Massiver Talentabgang**\nMetas Team wurde ausgedünnt.",
                &["#### 1. **Massiver Talentabgang**", "Metas Team wurde ausgedünnt."],
            ),
            (
                "200 Millionen für einen Kopf\n\nRuoming Pang war neu.",
                &["200 Millionen für einen Kopf", "Ruoming Pang war neu."],
            ),
            ("Ein Satz, der weiter\ngeht. Und noch einer.", &["Ein Satz, der weiter\ngeht.", "Und noch einer."]),
            (
                "It rose 5%. Mr. Smith said so. J. R. Smith agreed!",
                &["It rose 5%.", "Mr. Smith said so.", "J. R. Smith agreed!"],
            ),
            ("Is it? Yes… Maybe.", &["Is it?", "Yes…", "Maybe."]),
            ("Das war 2025. Im Jahr 2026 wird es anders.", &["Das war 2025.", "Im Jahr 2026 wird es anders."]),
            (
                "Die Gründe:\n- hohe Kosten von 5 Mio. Euro\n- wenig Personal\n* zu spät",
                &["Die Gründe:", "- hohe Kosten von 5 Mio. Euro", "- wenig Personal", "* zu spät"],
            ),
            ("Quellen\n\n  • TechTrendsKE\n\n  • Wikipedia", &["Quellen", "• TechTrendsKE", "• Wikipedia"]),
            // Hard wraps: a line stopping mid-phrase goes on, before a capital or a digit.
            (
                "Meta zahlte für den Anteil von\n14,3 Milliarden Dollar an Scale AI, wie das\nUnternehmen mitteilte. Neu.",
                &["Meta zahlte für den Anteil von\n14,3 Milliarden Dollar an Scale AI, wie das\nUnternehmen mitteilte.", "Neu."],
            ),
            ("Meta zahlte 14,3\nMilliarden Dollar.", &["Meta zahlte 14,3\nMilliarden Dollar."]),
            // A headline over a long paragraph, and one ending on a noun, stay apart.
            (
                "Wie Finfluencer Kasse machen\nETF-Rentenversicherungen erleben auf Instagram und TikTok einen Boom, befeuert von Finfluencern.",
                &["Wie Finfluencer Kasse machen", "ETF-Rentenversicherungen erleben auf Instagram und TikTok einen Boom, befeuert von Finfluencern."],
            ),
            ("Der letzte Kampf um die Zukunft\nZuckerbergs Machtinstrument", &["Der letzte Kampf um die Zukunft", "Zuckerbergs Machtinstrument"]),
            // A `#` or `- ` mid-line is no heading: the sentences after it still end.
            ("Eins. #### 2. Zwei kam. Drei kam. - Vier kam.", &["Eins.", "#### 2.", "Zwei kam.", "Drei kam.", "- Vier kam."]),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), *want, "{text}");
        }
    }

    #[test]
    fn containing_finds_the_sentence() {
        let text = "Eins. Zwei drei.";
        let spans = split(text);
        assert_eq!(containing(&spans, 7), Some(1));
        assert_eq!(containing(&spans, 0), Some(0));
    }
}
