//! Dates: every written form the pages use, and the year inference for dates
//! written without a year.
//!
//! Two kinds of input come here:
//! - *page dates* (metadata): `24/02/2024` (day first), `[2024.2.24.]`,
//!   `Juche 113.2.24.`, `November 27. 2017 Juche 106`, `March 12, 2026`,
//!   `Mar 12, 2026`, `(2024.2.24)`, `2024-02-24`, Korean `주체113(2024)년 2월 24일`;
//!   [`parse_page_date`] reads them all and refuses anything it cannot read whole.
//! - *partial dates* in running text (`February 23`, `Saturday`, `the 20th`): the
//!   `resolve_*` functions give them a year by the one rule of the crate, the latest
//!   such day on or before the reference date.

use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use regex::Regex;

/// Juche year + this = Gregorian year.
pub(crate) const JUCHE_OFFSET: i32 = 1911;

/// The month of an English month name or abbreviation (`Jan`, `Jan.`, `Sept.`,
/// `September`), case-insensitive.
pub(crate) fn month_from_name(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    let m = match n.as_str() {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// The weekday of an English weekday name (`Monday`, `Mon.`), case-insensitive.
pub(crate) fn weekday_from_name(name: &str) -> Option<Weekday> {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    let w = match n.as_str() {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tue" | "tues" => Weekday::Tue,
        "wednesday" | "wed" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" | "sat" => Weekday::Sat,
        "sunday" | "sun" => Weekday::Sun,
        _ => return None,
    };
    Some(w)
}

/// A regex alternation of English month names and abbreviations, longest first.
pub(crate) const MONTH_ALT: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?";

static SLASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})/(\d{1,2})/(\d{4})(?-u:\b)").expect("valid regex")
});
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?:T|(?-u:\b))").expect("valid regex")
});
static DOTTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:(?-u:\b)Juche\s*)?(?:^|[^\d.])(\d{3,4})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})(?-u:\b)",
    )
    .expect("valid regex")
});
static JUCHE_DOTTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)Juche\s*(\d{1,3})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})(?-u:\b)")
        .expect("valid regex")
});
/// `Juche107(2018).1.4.`: the Gregorian year in brackets after the Juche year.
static JUCHE_PAREN_DOTTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)Juche\s*\d{1,3}\s*\(\s*(\d{4})\s*\)\s*\.?\s*(\d{1,2})\s*\.\s*(\d{1,2})(?-u:\b)")
        .expect("valid regex")
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)({MONTH_ALT})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*[.,]?\s*(\d{{4}})(?-u:\b)"
    ))
    .expect("valid regex")
});
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(\d{{1,2}})\s+({MONTH_ALT})\s*,?\s*(\d{{4}})(?-u:\b)"
    ))
    .expect("valid regex")
});
static KOREAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:주체\s*(\d{1,3})\s*(?:\(\s*(\d{4})\s*\))?|(\d{4}))\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")
        .expect("valid regex")
});

/// Reads a page date in any of the metadata forms the sites use.
///
/// Returns `None` for text that holds no complete date (with year): a page date is
/// never guessed. Slash dates are read day first, as KCNA Watch writes them.
pub(crate) fn parse_page_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    match common_form(text) {
        Some(found) => found,
        None => by_regex(text),
    }
}

/// [`parse_page_date`] by the regexes of every form, on trimmed text.
fn by_regex(text: &str) -> Option<NaiveDate> {
    // Each form is tried only when the text holds a character it cannot match
    // without (a cheap scan that spares most regex searches).
    if let Some(c) = text.contains('년').then(|| KOREAN.captures(text)).flatten() {
        let year = match (c.get(2), c.get(1), c.get(3)) {
            (Some(g), _, _) | (None, None, Some(g)) => g.as_str().parse().ok()?,
            (None, Some(j), _) => j.as_str().parse::<i32>().ok()? + JUCHE_OFFSET,
            (None, None, None) => return None,
        };
        return ymd(year, num(&c, 4)?, num(&c, 5)?);
    }
    if let Some(c) = text.contains('-').then(|| ISO.captures(text)).flatten() {
        return ymd(num(&c, 1)? as i32, num(&c, 2)?, num(&c, 3)?);
    }
    if let Some(c) = text.contains('/').then(|| SLASH.captures(text)).flatten() {
        return ymd(num(&c, 3)? as i32, num(&c, 2)?, num(&c, 1)?);
    }
    let named = may_name_a_month(text);
    if let Some(c) = named.then(|| MONTH_DAY_YEAR.captures(text)).flatten() {
        let month = month_from_name(c.get(1)?.as_str())?;
        return ymd(num(&c, 3)? as i32, month, num(&c, 2)?);
    }
    if let Some(c) = named.then(|| DAY_MONTH_YEAR.captures(text)).flatten() {
        let month = month_from_name(c.get(2)?.as_str())?;
        return ymd(num(&c, 3)? as i32, month, num(&c, 1)?);
    }
    let dotted = text.contains('.');
    if let Some(c) = (dotted && text.contains('('))
        .then(|| JUCHE_PAREN_DOTTED.captures(text))
        .flatten()
    {
        return ymd(num(&c, 1)? as i32, num(&c, 2)?, num(&c, 3)?);
    }
    if let Some(c) = dotted.then(|| JUCHE_DOTTED.captures(text)).flatten() {
        let year = num(&c, 1)? as i32 + JUCHE_OFFSET;
        return ymd(year, num(&c, 2)?, num(&c, 3)?);
    }
    if let Some(c) = dotted.then(|| DOTTED.captures(text)).flatten() {
        let year = num(&c, 1)? as i32;
        // A bare three-digit year is a Juche year (`113.2.24.`).
        let year = if year < 1000 {
            year + JUCHE_OFFSET
        } else {
            year
        };
        return ymd(year, num(&c, 2)?, num(&c, 3)?);
    }
    None
}

/// False when the text cannot hold a month name of [`MONTH_ALT`]: every one
/// begins with the first three letters of the month, and in ASCII text the
/// case-insensitive match finds nothing but ASCII letters.
fn may_name_a_month(text: &str) -> bool {
    if !text.is_ascii() {
        return true;
    }
    let lower = text.to_ascii_lowercase();
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .any(|m| lower.contains(m))
}

/// The forms nearly every page uses, read by hand when they make up the whole
/// (trimmed, ASCII) text: `March 12, 2026` (or followed by more words),
/// `24/02/2024`, `2024-02-24` (or with a time after `T`), `(2024.9.25)`,
/// `[2024.5.29.]`, `2024.5.29.`, `Juche 113.6.2.`.
/// `Some(result)` is what the regexes of [`parse_page_date`] give for such a
/// text; `None` when the text is not one of them.
fn common_form(text: &str) -> Option<Option<NaiveDate>> {
    if !text.is_ascii() {
        return None;
    }
    let b = text.as_bytes();
    let first = *b.first()?;
    if first.is_ascii_alphabetic() {
        return match text.get(..5) {
            Some(head) if head.eq_ignore_ascii_case("juche") => juche_dotted(text),
            _ => month_day_year(text),
        };
    }
    let mut s = Scan { b, at: 0 };
    if first.is_ascii_digit() {
        let a = s.digits(1, 4)?;
        match (a.1, s.peek()) {
            // `24/02/2024`
            (1..=2, Some(b'/')) => {
                s.at += 1;
                let month = s.digits(1, 2)?;
                s.byte(b'/')?;
                let year = s.digits(4, 4)?;
                s.end()?;
                return Some(ymd(year.0 as i32, month.0, a.0));
            }
            // `2024-02-24`, `2024-02-24T08:00:00+09:00`
            (4, Some(b'-')) => {
                s.at += 1;
                let month = s.digits(2, 2)?;
                s.byte(b'-')?;
                let day = s.digits(2, 2)?;
                if s.peek().is_some_and(|c| c != b'T') {
                    return None;
                }
                return Some(ymd(a.0 as i32, month.0, day.0));
            }
            (4, Some(b'.')) => {
                s.at = 0;
                return dotted(s, None);
            }
            _ => return None,
        }
    }
    match first {
        b'(' => dotted(Scan { b, at: 1 }, Some(b')')),
        b'[' => dotted(Scan { b, at: 1 }, Some(b']')),
        _ => None,
    }
}

/// `2024.5.29.` after an optional opening bracket (and spaces), up to the
/// closing one: what `DOTTED` reads with a four-digit year.
fn dotted(mut s: Scan<'_>, close: Option<u8>) -> Option<Option<NaiveDate>> {
    if close.is_some() {
        s.spaces();
    }
    let year = s.digits(4, 4)?;
    s.byte(b'.')?;
    let month = s.digits(1, 2)?;
    s.byte(b'.')?;
    let day = s.digits(1, 2)?;
    if s.peek() == Some(b'.') {
        s.at += 1;
    }
    if let Some(close) = close {
        s.spaces();
        s.byte(close)?;
    }
    s.end()?;
    let year = year.0 as i32;
    let year = if year < 1000 {
        year + JUCHE_OFFSET
    } else {
        year
    };
    Some(ymd(year, month.0, day.0))
}

/// `March 12, 2026`, `Mar. 12 2026`, `Sept 9th, 2024`: what `MONTH_DAY_YEAR`
/// reads when it spans the whole text.
fn month_day_year(text: &str) -> Option<Option<NaiveDate>> {
    let (name, rest) = text.split_once(' ')?;
    let month = month_spelled(name)?;
    let mut s = Scan {
        b: rest.as_bytes(),
        at: 0,
    };
    s.spaces();
    let day = s.digits(1, 2)?;
    let suffix = s.b.get(s.at..s.at + 2).unwrap_or_default();
    if ["st", "nd", "rd", "th"]
        .iter()
        .any(|x| suffix.eq_ignore_ascii_case(x.as_bytes()))
    {
        s.at += 2;
    }
    s.spaces();
    if matches!(s.peek(), Some(b'.' | b',')) {
        s.at += 1;
    }
    s.spaces();
    let year = s.digits(4, 4)?;
    // The year ends the text, or a word does (`July 16. 2024 Juche 113`):
    // nothing after it can take the text to an earlier form.
    if let Some(next) = s.peek() {
        let rest = s.b.get(s.at..).unwrap_or_default();
        if next.is_ascii_alphanumeric()
            || next == b'_'
            || rest.contains(&b'-')
            || rest.contains(&b'/')
        {
            return None;
        }
    }
    Some(ymd(year.0 as i32, month, day.0))
}

/// `Juche 113.6.2.`: what `JUCHE_DOTTED` reads when it spans the whole text.
fn juche_dotted(text: &str) -> Option<Option<NaiveDate>> {
    let mut s = Scan {
        b: text.as_bytes().get(5..)?,
        at: 0,
    };
    s.spaces();
    let year = s.digits(1, 3)?;
    s.byte(b'.')?;
    let month = s.digits(1, 2)?;
    s.byte(b'.')?;
    let day = s.digits(1, 2)?;
    if s.peek() == Some(b'.') {
        s.at += 1;
    }
    s.end()?;
    Some(ymd(year.0 as i32 + JUCHE_OFFSET, month.0, day.0))
}

/// The month of a name written exactly as one of [`MONTH_ALT`]'s spellings
/// (ASCII case aside): a full name, or an abbreviation with or without one
/// dot.
pub(crate) fn month_spelled(name: &str) -> Option<u32> {
    let bare = name.strip_suffix('.').unwrap_or(name);
    let abbreviated = ABBREVIATIONS
        .iter()
        .find(|(a, _)| bare.eq_ignore_ascii_case(a))
        .map(|(_, m)| *m);
    if bare.len() < name.len() {
        return abbreviated;
    }
    match MONTHS.iter().position(|m| bare.eq_ignore_ascii_case(m)) {
        Some(i) => u32::try_from(i).ok().map(|i| i + 1),
        None => abbreviated,
    }
}

/// The month names of [`MONTH_ALT`] written out, and its abbreviations.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const ABBREVIATIONS: [(&str, u32); 12] = [
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sept", 9),
    ("Sep", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];

/// A cursor over ASCII bytes for [`common_form`].
struct Scan<'a> {
    b: &'a [u8],
    at: usize,
}

impl Scan<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.at).copied()
    }

    /// A run of `min..=max` ASCII digits not followed by another digit: its
    /// value and length.
    fn digits(&mut self, min: usize, max: usize) -> Option<(u32, usize)> {
        let run = self
            .b
            .get(self.at..)?
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if !(min..=max).contains(&run) {
            return None;
        }
        let value = self
            .b
            .get(self.at..self.at + run)?
            .iter()
            .fold(0, |v, c| v * 10 + u32::from(c - b'0'));
        self.at += run;
        Some((value, run))
    }

    fn byte(&mut self, want: u8) -> Option<()> {
        (self.peek() == Some(want)).then(|| self.at += 1)
    }

    fn spaces(&mut self) {
        while self.peek() == Some(b' ') {
            self.at += 1;
        }
    }

    fn end(&self) -> Option<()> {
        (self.at == self.b.len()).then_some(())
    }
}

fn num(c: &regex::Captures<'_>, i: usize) -> Option<u32> {
    c.get(i)?.as_str().parse().ok()
}

/// A calendar date, refusing years outside the range the archives cover.
pub(crate) fn ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    if !(1900..=2200).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)
}

/// `month day` without a year: the latest such day on or before `reference`.
///
/// `December 31` against 2005-01-01 is 2004-12-31; `February 29` takes the latest
/// leap year within four years.
pub(crate) fn resolve_month_day(month: u32, day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    (0..=4).find_map(|back| {
        NaiveDate::from_ymd_opt(reference.year() - back, month, day).filter(|d| *d <= reference)
    })
}

/// A weekday without a date: the latest such day on or before `reference`
/// (the reference day itself when it is that weekday).
pub(crate) fn resolve_weekday(weekday: Weekday, reference: NaiveDate) -> NaiveDate {
    let back =
        (7 + reference.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    reference - Days::new(u64::from(back))
}

/// A day of the month without month or year (`on the 20th`): the latest such day
/// on or before `reference`, within the last twelve months.
pub(crate) fn resolve_day_of_month(day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    let mut year = reference.year();
    let mut month = reference.month();
    for _ in 0..12 {
        if let Some(d) = NaiveDate::from_ymd_opt(year, month, day).filter(|d| *d <= reference) {
            return Some(d);
        }
        if month == 1 {
            month = 12;
            year -= 1;
        } else {
            month -= 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn page_dates_table() {
        let cases: &[(&str, Option<NaiveDate>)] = &[
            ("24/02/2024", Some(d(2024, 2, 24))),
            (
                "Date: 04/03/2005 | Source: KCNA.co.jp (En)",
                Some(d(2005, 3, 4)),
            ),
            ("[2024.2.24.]", Some(d(2024, 2, 24))),
            ("[ 2024.02.24. ]", Some(d(2024, 2, 24))),
            ("Juche 113.2.24.", Some(d(2024, 2, 24))),
            ("Juche113.12.23.", Some(d(2024, 12, 23))),
            ("Juche107(2018).1.4.", Some(d(2018, 1, 4))),
            ("Juche 111 (2022). 1. 2.", Some(d(2022, 1, 2))),
            ("www.kcna.kp (Juche113.5.29.)", Some(d(2024, 5, 29))),
            ("www.kcna.kp (2025.03.24.)", Some(d(2025, 3, 24))),
            (
                "calendar>>November 27. 2017 Juche 106",
                Some(d(2017, 11, 27)),
            ),
            ("March 12, 2026", Some(d(2026, 3, 12))),
            (" Mar 12, 2026", Some(d(2026, 3, 12))),
            ("Sept. 9, 2024", Some(d(2024, 9, 9))),
            ("(2024.2.24)", Some(d(2024, 2, 24))),
            ("2024-02-24T08:00:00+09:00", Some(d(2024, 2, 24))),
            ("주체113(2024)년 2월 24일", Some(d(2024, 2, 24))),
            ("주체113년 2월 24일", Some(d(2024, 2, 24))),
            ("2024년 2월 24일", Some(d(2024, 2, 24))),
            ("12 March 2026", Some(d(2026, 3, 12))),
            ("31/02/2024", None),
            ("February 23", None),
            ("Saturday", None),
            ("", None),
            ("version 1.2.3", None),
        ];
        for (text, want) in cases {
            assert_eq!(parse_page_date(text), *want, "page date {text:?}");
        }
    }

    /// Every text the hand-read forms accept, the regexes read the same way.
    #[test]
    fn common_forms_read_as_the_regexes_do() {
        let months = [
            "March",
            "MARCH",
            "march",
            "Mar",
            "Mar.",
            "mar.",
            "May",
            "May.",
            "June",
            "June.",
            "Jun.",
            "July.",
            "Sept.",
            "Sept",
            "Sep",
            "SEP.",
            "September",
            "Marc",
            "Mar..",
            "Dec",
            "Decemb",
            "Janvier",
            "Auguſt",
        ];
        let days = [
            "1", "01", "12", "123", "0", "32", "31", "29", "1st", "2ND", "3rd", "4th", "5tH",
            "1th", "12s", "",
        ];
        let years = [
            "2024", "2026", "0999", "20245", "202", "1899", "2201", "1900",
        ];
        let gaps = [" ", "  ", ", ", ",", ". ", " , ", "\t", ",, ", " ,", ""];
        let mut texts = Vec::new();
        for m in months {
            for d in days {
                for g in gaps {
                    for y in years {
                        texts.push(format!("{m} {d}{g}{y}"));
                        texts.push(format!("{m}{g}{d} {y}"));
                        texts.push(format!("{m} {d}{g}{y} Juche 113"));
                        texts.push(format!("{m} {d}{g}{y}-05"));
                        texts.push(format!("{m} {d}{g}{y}x"));
                        texts.push(format!("{m} {d}{g}{y}, 12/03/2024"));
                        texts.push(format!("{m} {d}{g}{y} 2020-01-01"));
                    }
                }
            }
        }
        let nums = [
            "1", "02", "12", "13", "31", "32", "2024", "113", "0999", "123", "20245",
        ];
        for a in nums {
            for b in nums {
                for c in nums {
                    for t in [
                        format!("{a}/{b}/{c}"),
                        format!("{a}-{b}-{c}"),
                        format!("{a}-{b}-{c}T08:00:00+09:00"),
                        format!("{a}-{b}-{c}x"),
                        format!("{a}-{b}-{c} 10:00"),
                        format!("{a}.{b}.{c}"),
                        format!("{a}.{b}.{c}."),
                        format!("{a}.{b}.{c}.."),
                        format!("{a}.{b}.{c}. Sunday"),
                        format!("({a}.{b}.{c})"),
                        format!("({a}.{b}.{c}.)"),
                        format!("[{a}.{b}.{c}.]"),
                        format!("[ {a}.{b}.{c}. ]"),
                        format!("[{a}.{b}.{c})"),
                        format!("({a} .{b}.{c})"),
                        format!("{a}/{b}/{c}/1"),
                        format!("Juche {a}.{b}.{c}."),
                        format!("juche{a}.{b}.{c}"),
                        format!("JUCHE  {a}.{b}.{c}.x"),
                        format!("Juche {a}({b}).{c}.1"),
                    ] {
                        texts.push(t);
                    }
                }
            }
        }
        let mut read = 0;
        for t in &texts {
            let t = t.trim();
            if t.is_empty() {
                continue;
            }
            if let Some(found) = common_form(t) {
                read += 1;
                assert_eq!(found, by_regex(t), "{t:?}");
            }
        }
        assert!(read > 1000, "{read}");
        for t in [
            "March 12, 2026",
            "Mar 12, 2026",
            "24/02/2024",
            "2024-02-24",
            "2024-02-24T08:00:00+09:00",
            "(2024.9.25)",
            "[2024.5.29.]",
            "[ 2024.02.24. ]",
            "2024.5.29.",
            "July 16. 2024 Juche 113",
            "Juche 113.6.2.",
        ] {
            assert!(common_form(t).is_some(), "{t:?}");
        }
    }

    #[test]
    fn month_day_takes_latest_on_or_before_reference() {
        let cases = [
            ((2, 23), d(2024, 2, 24), Some(d(2024, 2, 23))),
            ((2, 24), d(2024, 2, 24), Some(d(2024, 2, 24))),
            ((12, 31), d(2005, 1, 1), Some(d(2004, 12, 31))),
            ((2, 29), d(2025, 3, 1), Some(d(2024, 2, 29))),
            ((2, 30), d(2025, 3, 1), None),
        ];
        for ((m, day), reference, want) in cases {
            assert_eq!(
                resolve_month_day(m, day, reference),
                want,
                "{m}-{day} vs {reference}"
            );
        }
    }

    #[test]
    fn weekday_takes_latest_on_or_before_reference() {
        // 2024-07-13 is a Saturday.
        let sat = d(2024, 7, 13);
        assert_eq!(resolve_weekday(Weekday::Sat, sat), sat);
        assert_eq!(resolve_weekday(Weekday::Fri, sat), d(2024, 7, 12));
        assert_eq!(resolve_weekday(Weekday::Sun, sat), d(2024, 7, 7));
        // Across a year boundary: 2024-01-01 is a Monday.
        assert_eq!(
            resolve_weekday(Weekday::Sun, d(2024, 1, 1)),
            d(2023, 12, 31)
        );
    }

    #[test]
    fn day_of_month_rolls_back_months() {
        assert_eq!(
            resolve_day_of_month(20, d(2024, 3, 21)),
            Some(d(2024, 3, 20))
        );
        assert_eq!(
            resolve_day_of_month(30, d(2024, 3, 2)),
            Some(d(2024, 1, 30))
        );
        assert_eq!(
            resolve_day_of_month(31, d(2024, 1, 5)),
            Some(d(2023, 12, 31))
        );
        assert_eq!(resolve_day_of_month(32, d(2024, 1, 5)), None);
    }

    #[test]
    fn names() {
        assert_eq!(month_from_name("Sept."), Some(9));
        assert_eq!(month_from_name("may"), Some(5));
        assert_eq!(month_from_name("Maybe"), None);
        assert_eq!(weekday_from_name("Thursday"), Some(Weekday::Thu));
    }
}
