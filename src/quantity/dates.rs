//! Date rules: `30. Juni 2025`, `June 30, 2025`, `2025-12-11`, `Juni 2025`, `im April`,
//! `Anfang 2026`, `erste Hälfte 2026`, `Q3 2025`, `Frühjahr 2026`, `dieses Jahr`.
//!
//! A date's value is ISO 8601 at the precision it was stated with (`2025`, `2025-06`,
//! `2025-06-30`, `2025-Q3`, `2026-H1`; seasons as ISO 8601-2 numbers, `2026-21` for spring)
//! and `low`/`high` are the first and last day it covers. Parts of a year are hedged
//! (`approx`) and cover: early = January–March, mid = May–August, late = October–December;
//! of a month: days 1–10, 11–20, 21–end. A date without a stated year takes the reference
//! date's year; without one it is written `--MM` and has no bounds.

use chrono::{Datelike, NaiveDate};

use super::grammar::{year_like, Scanner};
use super::tokens::TokKind;
use super::{rules, Kind, Qualifier, Quantity, RuleName, Value};
use crate::lang::{Season, YearPart};

fn last_day(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

fn ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

impl Scanner<'_> {
    /// A date starting at token `i`, and the token after it.
    pub(crate) fn date_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let t = self.tok(i)?;
        if t.masked {
            return None;
        }
        self.iso_date(i)
            .or_else(|| self.dotted_date(i))
            .or_else(|| self.decade(i))
            .or_else(|| self.day_month(i))
            .or_else(|| self.month_day(i))
            .or_else(|| self.part_of_year(i))
            .or_else(|| self.quarter_or_half(i))
            .or_else(|| self.season(i))
            .or_else(|| self.month_alone_or_year(i))
            .or_else(|| self.relative_year(i))
    }

    #[allow(clippy::too_many_arguments)]
    fn make(
        &self,
        rule: &'static str,
        start: usize,
        end: usize,
        value: String,
        bounds: Option<(NaiveDate, NaiveDate)>,
        qualifier: Qualifier,
    ) -> (Quantity, usize) {
        let (s, e, text) = self.span(start, end);
        let iso = |d: NaiveDate| Value::Date(d.format("%Y-%m-%d").to_string());
        let q = Quantity {
            start: s,
            end: e,
            text,
            kind: Kind::Date,
            value: Value::Date(value),
            low: bounds.map(|b| iso(b.0)),
            high: bounds.map(|b| iso(b.1)),
            unit: None,
            qualifier,
            precision: None,
            part: None,
            whole: None,
            written: None,
            dimension: None,
            per: None,
            ambiguous: None,
            rule: RuleName(rule),
        };
        (q, end)
    }

    /// A year written as digits in a date context (1000–2999).
    fn year_at(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        let s = t.text(self.text);
        if t.kind != TokKind::Num || s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) || t.masked {
            return None;
        }
        // `2025er`, `2025-12` are handled elsewhere.
        if self.tok(i + 1).is_some_and(|n| n.kind == TokKind::Word && !n.space_before) {
            return None;
        }
        s.parse().ok().filter(|y| (1000..=2999).contains(y))
    }

    fn small_num(&self, i: usize, max: u32) -> Option<u32> {
        let t = self.tok(i)?;
        let s = t.text(self.text);
        if t.kind != TokKind::Num || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok().filter(|v| (1..=max).contains(v))
    }

    fn reference_year(&self) -> Option<i32> {
        self.reference.map(|d| d.year())
    }

    /// A month name; in English only capitalised (`may` is a verb).
    fn month_at(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if !t.is_capitalised(self.text) {
            return None;
        }
        self.rules.months.match_at(&self.toks, i)
    }

    /// `2025-12-11`, `2025-12`.
    fn iso_date(&self, i: usize) -> Option<(Quantity, usize)> {
        let year = self.year_at(i).or_else(|| {
            let t = self.tok(i)?;
            let s = t.text(self.text);
            (t.kind == TokKind::Num && s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
        })?;
        let dash = |k: usize| self.tok(k).is_some_and(|t| t.is_sym('-') && !t.space_before) && self.attached(k + 1);
        if !dash(i + 1) || self.tok(i + 2)?.text(self.text).len() != 2 {
            return None;
        }
        let month = self.small_num(i + 2, 12)?;
        if dash(i + 3) && self.tok(i + 4)?.text(self.text).len() == 2 {
            let day = self.small_num(i + 4, 31)?;
            let d = ymd(year, month, day)?;
            return Some(self.make(
                rules::ISO_DATE,
                i,
                i + 5,
                d.format("%Y-%m-%d").to_string(),
                Some((d, d)),
                Qualifier::Exact,
            ));
        }
        if dash(i + 3) {
            return None;
        }
        Some(self.make(
            rules::ISO_DATE,
            i,
            i + 3,
            format!("{year:04}-{month:02}"),
            Some((ymd(year, month, 1)?, last_day(year, month)?)),
            Qualifier::Exact,
        ))
    }

    /// `11.12.2025`, tokenized as one digit run.
    fn dotted_date(&self, i: usize) -> Option<(Quantity, usize)> {
        let t = self.tok(i)?;
        if t.kind != TokKind::Num {
            return None;
        }
        let parts: Vec<&str> = t.text(self.text).split('.').collect();
        if parts.len() != 3
            || parts[2].len() != 4
            || parts[0].len() > 2
            || parts[1].len() > 2
            || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        let d = ymd(parts[2].parse().ok()?, parts[1].parse().ok()?, parts[0].parse().ok()?)?;
        Some(self.make(rules::DOTTED_DATE, i, i + 1, d.format("%Y-%m-%d").to_string(), Some((d, d)), Qualifier::Exact))
    }

    /// A day of a month, with the year stated or from the reference date.
    fn day_of(
        &self,
        rule: &'static str,
        start: usize,
        end_no_year: usize,
        day: u32,
        month: u32,
    ) -> Option<(Quantity, usize)> {
        let mut k = end_no_year;
        if self.is_comma(k) && self.year_at(k + 1).is_some() {
            k += 1;
        }
        if let Some(year) = self.year_at(k) {
            let d = ymd(year, month, day)?;
            return Some(self.make(
                rule,
                start,
                k + 1,
                d.format("%Y-%m-%d").to_string(),
                Some((d, d)),
                Qualifier::Exact,
            ));
        }
        match self.reference_year() {
            Some(year) => {
                let d = ymd(year, month, day)?;
                Some(self.make(
                    rule,
                    start,
                    end_no_year,
                    d.format("%Y-%m-%d").to_string(),
                    Some((d, d)),
                    Qualifier::Exact,
                ))
            }
            None => Some(self.make(rule, start, end_no_year, format!("--{month:02}-{day:02}"), None, Qualifier::Exact)),
        }
    }

    fn is_comma(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| t.is_sym(','))
    }

    /// Days `first` to `last` of a month, with the year stated or from the reference date:
    /// one date range (`5. bis 8. Januar`, `Jan. 5-8`), an ISO 8601 interval.
    fn days_of(
        &self,
        start: usize,
        end_no_year: usize,
        first: u32,
        last: u32,
        month: u32,
    ) -> Option<(Quantity, usize)> {
        let mut k = end_no_year;
        if self.is_comma(k) && self.year_at(k + 1).is_some() {
            k += 1;
        }
        let (year, end) = match self.year_at(k) {
            Some(y) => (Some(y), k + 1),
            None => (self.reference_year(), end_no_year),
        };
        let Some(year) = year else {
            let value = format!("--{month:02}-{first:02}/--{month:02}-{last:02}");
            return Some(self.make(rules::DAYS, start, end, value, None, Qualifier::Range));
        };
        let (d0, d1) = (ymd(year, month, first)?, ymd(year, month, last)?);
        let value = format!("{}/{}", d0.format("%Y-%m-%d"), d1.format("%Y-%m-%d"));
        Some(self.make(rules::DAYS, start, end, value, Some((d0, d1)), Qualifier::Range))
    }

    /// The second day of a range of days after the first (`5.` `bis 8.`, `5` `-8`): the
    /// day and the token after it (and its period or ordinal suffix).
    fn last_day_at(&self, k: usize, first: u32, dot: bool) -> Option<(u32, usize)> {
        let (_, k) = self.rules.range_connectors.match_at(&self.toks, k)?;
        let last = self.small_num(k, 31).filter(|&d| d > first)?;
        let mut end = k + 1;
        if dot {
            if !(self.tok(end).is_some_and(|t| t.is_sym('.')) && self.attached(end)) {
                return None;
            }
            end += 1;
        } else if self.ordinal_suffix(end) {
            end += 1;
        }
        Some((last, end))
    }

    fn ordinal_suffix(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| matches!(t.lower.as_str(), "st" | "nd" | "rd" | "th") && !t.space_before)
    }

    /// `30. Juni 2025`, `29. Juli, 2025`, `30 June 2025`; `5. bis 8. Januar`, `5-8 January`.
    fn day_month(&self, i: usize) -> Option<(Quantity, usize)> {
        let day = self.small_num(i, 31)?;
        let dot = self.tok(i + 1).is_some_and(|t| t.is_sym('.')) && self.attached(i + 1);
        let k = if dot { i + 2 } else { i + 1 };
        if let Some((last, k2)) = self.last_day_at(k, day, dot) {
            if let Some((month, end)) = self.month_at(k2) {
                return self.days_of(i, end, day, last, month);
            }
        }
        let (month, end) = self.month_at(k)?;
        self.day_of(rules::DAY_MONTH, i, end, day, month)
    }

    /// `2020er-Jahre`, `the 1990s`, `in den 1990er Jahren`: a decade, as ISO 8601-2 writes
    /// it (`202` for 2020–2029).
    fn decade(&self, i: usize) -> Option<(Quantity, usize)> {
        let (decade, end) = self.decade_at(i)?;
        let (d0, d1) = (ymd(decade, 1, 1)?, ymd(decade + 9, 12, 31)?);
        // The mark that stands for the century is part of the decade's text (`'90s`).
        let elided = self.tok(i)?.text(self.text).len() == 2 && self.century_mark_before(i);
        let start = if elided { i - 1 } else { i };
        Some(self.make(rules::DECADE, start, end, format!("{:03}", decade / 10), Some((d0, d1)), Qualifier::Exact))
    }

    /// A year ending in 0 with a decade's suffix written onto it: the first year and the
    /// token after the words.
    fn decade_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.tok(i)?;
        let s = t.text(self.text);
        if t.kind != TokKind::Num || !s.ends_with('0') || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !self.attached(i + 1) {
            return None;
        }
        match s.len() {
            4 => {
                let (_, end) = self.rules.decades.match_at(&self.toks, i + 1)?;
                let year: i32 = s.parse().ok().filter(|y| (1000..=2990).contains(y))?;
                Some((year, end))
            }
            2 => {
                let suffixes =
                    if self.century_mark_before(i) { &self.rules.decades } else { &self.rules.short_decades };
                let (_, end) = suffixes.match_at(&self.toks, i + 1)?;
                Some((self.century_of(s.parse().ok()?)?, end))
            }
            _ => None,
        }
    }

    /// A mark that stands for the century written onto token `i` (`'` of `'90s`).
    fn century_mark_before(&self, i: usize) -> bool {
        self.attached(i) && self.rules.elided_century.match_before(&self.toks, i).is_some()
    }

    /// The first year of a decade written without its century (`90` of `90er-Jahre`): the
    /// latest that starts no later than the reference year; without one, the twentieth
    /// century's for `30` to `90`, and none for `00` to `20`, which may be either century.
    fn century_of(&self, decade: i32) -> Option<i32> {
        match self.reference_year() {
            Some(r) => {
                let year = r - r.rem_euclid(100) + decade;
                Some(if year > r { year - 100 } else { year })
            }
            None => (decade >= 30).then_some(1900 + decade),
        }
    }

    /// `June 30, 2025`, `June 30th`.
    fn month_day(&self, i: usize) -> Option<(Quantity, usize)> {
        let (month, k) = self.month_at(i)?;
        let day = self.small_num(k, 31)?;
        let mut end = k + 1;
        if self.ordinal_suffix(end) {
            end += 1;
        }
        let range = self.last_day_at(end, day, false);
        if let Some((_, e)) = range {
            end = e;
        }
        // `Juni 30` is not German; `May 5 million` is not a date.
        if self.rules.scales.starts_at(&self.toks, end) {
            return None;
        }
        let year_follows = self.year_at(end).is_some() || (self.is_comma(end) && self.year_at(end + 1).is_some());
        if self.rules.month_day_needs_year && !year_follows {
            return None;
        }
        match range {
            Some((last, _)) => self.days_of(i, end, day, last, month),
            None => self.day_of(rules::MONTH_DAY, i, end, day, month),
        }
    }

    /// `Anfang 2026`, `Mitte 2025`, `Ende Juni`, `Anfang des Jahres`, `mid-2025`, `late 2025`.
    fn part_of_year(&self, i: usize) -> Option<(Quantity, usize)> {
        let (part, k) = self.rules.year_parts.match_at(&self.toks, i)?;
        let first = self.tok(i)?;
        // `Ende`/`Mitte` as nouns elsewhere stay untouched: a year, month or `des Jahres` must follow.
        if let Some((month, m_end)) = self.month_at(k) {
            let (year, end) = match self.year_at(m_end) {
                Some(y) => (Some(y), m_end + 1),
                None => (self.reference_year(), m_end),
            };
            let year = year?;
            let last = last_day(year, month)?.day();
            let (d0, d1) = match part {
                YearPart::Early => (1, 10),
                YearPart::Mid => (11, 20),
                YearPart::Late => (21, last),
            };
            return Some(self.make(
                rules::PART_OF_MONTH,
                i,
                end,
                format!("{year:04}-{month:02}"),
                Some((ymd(year, month, d0)?, ymd(year, month, d1)?)),
                Qualifier::Approx,
            ));
        }
        // `Mitte der 2020er-Jahre`, `the late 1990s`, `mid-2020s`.
        let mut decade_from = self.rules.of_decade.match_at(&self.toks, k).map_or(k, |(_, e)| e);
        // `the late '90s`: the number stands after the mark of its century.
        if self.century_mark_before(decade_from + 1) {
            decade_from += 1;
        }
        if let Some((decade, end)) = self.decade_at(decade_from) {
            let (y0, y1) = match part {
                YearPart::Early => (decade, decade + 3),
                YearPart::Mid => (decade + 3, decade + 6),
                YearPart::Late => (decade + 7, decade + 9),
            };
            let bounds = Some((ymd(y0, 1, 1)?, ymd(y1, 12, 31)?));
            return Some(self.make(
                rules::PART_OF_DECADE,
                i,
                end,
                format!("{:03}", decade / 10),
                bounds,
                Qualifier::Approx,
            ));
        }
        let (year, end) = if let Some(y) = self.year_at(k) {
            (y, k + 1)
        } else if let Some((_, e)) = self.rules.of_year.match_at(&self.toks, k) {
            match self.year_at(e) {
                Some(y) => (y, e + 1),
                None if self.tok(e - 1).is_some_and(|t| t.kind == TokKind::Word) => (self.reference_year()?, e),
                None => return None,
            }
        } else {
            return None;
        };
        let _ = first;
        let (m0, m1) = match part {
            YearPart::Early => (1, 3),
            YearPart::Mid => (5, 8),
            YearPart::Late => (10, 12),
        };
        Some(self.make(
            rules::PART_OF_YEAR,
            i,
            end,
            format!("{year:04}"),
            Some((ymd(year, m0, 1)?, last_day(year, m1)?)),
            Qualifier::Approx,
        ))
    }

    /// `drittes Quartal 2025`, `3. Quartal`, `Q3 2025`, `erste Hälfte 2026`, `H1 2026`,
    /// `first half of 2026`.
    fn quarter_or_half(&self, i: usize) -> Option<(Quantity, usize)> {
        let r = self.rules;
        let t = self.tok(i)?;
        let (n, is_quarter, k) =
            if (t.lower == "q" || t.lower == "h") && t.kind == TokKind::Word && self.attached(i + 1) {
                let is_q = t.lower == "q";
                let n = self.small_num(i + 1, if is_q { 4 } else { 2 })?;
                let mut k = i + 2;
                if self.tok(k).is_some_and(|t| t.is_sym('/')) {
                    k += 1;
                }
                (n, is_q, k)
            } else {
                let (n, k) = match r.ordinals.match_at(&self.toks, i) {
                    Some(x) => x,
                    None => {
                        let n = self.small_num(i, 4)?;
                        if !(self.tok(i + 1).is_some_and(|t| t.is_sym('.')) && self.attached(i + 1)) {
                            return None;
                        }
                        (n, i + 2)
                    }
                };
                if let Some((_, e)) = r.quarter_words.match_at(&self.toks, k) {
                    (n, true, e)
                } else if let Some((_, e)) = r.half_words.match_at(&self.toks, k).filter(|_| n <= 2) {
                    (n, false, e)
                } else {
                    return None;
                }
            };
        if is_quarter && !(1..=4).contains(&n) {
            return None;
        }
        let mut end = k;
        let year = if let Some(y) = self.year_at(k) {
            end = k + 1;
            Some(y)
        } else if let Some((_, e)) = r.of_year.match_at(&self.toks, k) {
            match self.year_at(e) {
                Some(y) => {
                    end = e + 1;
                    Some(y)
                }
                None if self.tok(e - 1).is_some_and(|t| t.kind == TokKind::Word && t.lower != "of") => {
                    end = e;
                    self.reference_year()
                }
                None => self.reference_year(),
            }
        } else {
            self.reference_year()
        };
        // `Q3` alone with no year known is still a quarter, but it says too little to keep.
        let year = year?;
        let (m0, m1, label) = if is_quarter {
            (3 * n - 2, 3 * n, format!("{year:04}-Q{n}"))
        } else {
            (6 * n - 5, 6 * n, format!("{year:04}-H{n}"))
        };
        Some(self.make(
            rules::QUARTER_OR_HALF,
            i,
            end,
            label,
            Some((ymd(year, m0, 1)?, last_day(year, m1)?)),
            Qualifier::Exact,
        ))
    }

    /// `Frühjahr 2026`, `spring 2026`, `im Herbst`.
    fn season(&self, i: usize) -> Option<(Quantity, usize)> {
        let (season, k) = self.rules.seasons.match_at(&self.toks, i)?;
        let (year, end) = match self.year_at(k) {
            Some(y) => (y, k + 1),
            None if self.rules.month_preps.match_before(&self.toks, i).is_some() => (self.reference_year()?, k),
            None => return None,
        };
        let (code, from, to) = match season {
            Season::Spring => (21, ymd(year, 3, 1)?, last_day(year, 5)?),
            Season::Summer => (22, ymd(year, 6, 1)?, last_day(year, 8)?),
            Season::Autumn => (23, ymd(year, 9, 1)?, last_day(year, 11)?),
            Season::Winter => (24, ymd(year, 12, 1)?, last_day(year + 1, 2)?),
        };
        Some(self.make(rules::SEASON, i, end, format!("{year:04}-{code}"), Some((from, to)), Qualifier::Exact))
    }

    /// `Juni 2025`, `June, 2025`, `im April`.
    fn month_alone_or_year(&self, i: usize) -> Option<(Quantity, usize)> {
        let (month, k) = self.month_at(i)?;
        let year_tok = if self.is_comma(k) && self.year_at(k + 1).is_some() { k + 1 } else { k };
        if let Some(year) = self.year_at(year_tok) {
            return Some(self.make(
                rules::MONTH,
                i,
                year_tok + 1,
                format!("{year:04}-{month:02}"),
                Some((ymd(year, month, 1)?, last_day(year, month)?)),
                Qualifier::Exact,
            ));
        }
        self.rules.month_preps.match_before(&self.toks, i)?;
        match self.reference_year() {
            Some(year) => Some(self.make(
                rules::MONTH,
                i,
                k,
                format!("{year:04}-{month:02}"),
                Some((ymd(year, month, 1)?, last_day(year, month)?)),
                Qualifier::Exact,
            )),
            None => Some(self.make(rules::MONTH, i, k, format!("--{month:02}"), None, Qualifier::Exact)),
        }
    }

    /// `dieses Jahr`, `last year`, `Jahresende`: only with a reference date.
    fn relative_year(&self, i: usize) -> Option<(Quantity, usize)> {
        let year = self.reference_year()?;
        if let Some((_, end)) = self.rules.year_end.match_at(&self.toks, i) {
            return Some(self.make(
                rules::YEAR_END,
                i,
                end,
                format!("{year:04}"),
                Some((ymd(year, 10, 1)?, ymd(year, 12, 31)?)),
                Qualifier::Approx,
            ));
        }
        let (delta, end) = self.rules.relative_years.match_at(&self.toks, i)?;
        let y = year + delta;
        Some(self.make(
            rules::RELATIVE_YEAR,
            i,
            end,
            format!("{y:04}"),
            Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?)),
            Qualifier::Exact,
        ))
    }

    /// A bare year as a date, bounded by a hedge if one stands before it (`ab 2026`).
    pub(crate) fn year_quantity(&self, start: usize, end: usize, year: i32, qualifier: Qualifier) -> Option<Quantity> {
        let (from, to) = (ymd(year, 1, 1)?, ymd(year, 12, 31)?);
        let (q, _) = self.make(rules::YEAR, start, end, format!("{year:04}"), Some((from, to)), qualifier);
        let iso = |d: NaiveDate| Value::Date(d.format("%Y-%m-%d").to_string());
        let q = match qualifier {
            Qualifier::Over | Qualifier::AtLeast => Quantity { high: None, low: Some(iso(from)), ..q },
            Qualifier::Under | Qualifier::AtMost | Qualifier::UpTo => Quantity { low: None, high: Some(iso(to)), ..q },
            _ => q,
        };
        let _ = year_like;
        Some(q)
    }
}
