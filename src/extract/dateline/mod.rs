//! The dateline at the head of a dispatch: `Pyongyang, May 29 (KCNA) --`.
//!
//! Forms read (at the very start of the first paragraph):
//! - English: `Place, Month Day (AGENCY) --`, with `--`, a single `-` (2002 era),
//!   `—` or `–` (reprints) after the bracket; abbreviated months (`Sept. 9`); any
//!   place of one to four words (`Pyongyang`, `Panmunjom`, `Beijing`,
//!   `Vladivostok`, `Kuala Lumpur`), also one that lost its first letter in a
//!   reprint (`ongyang, November 14 (KCNA) —`), with or without the comma after
//!   the place. The agency is optional, but then
//!   the dash is required (`Pyongyang, May 29 --`), so that an ordinary sentence
//!   opening with `Place, Month Day` is not taken for a dateline.
//! - Korean: `(평양 5월 29일발 조선중앙통신)`.
//! - the other language services: Spanish `Pyongyang, 29 de mayo (ACNC) --`,
//!   Russian `Пхеньян, 29 мая /ЦТАК/`, Chinese `（朝中社平壤5月29日电）`, Japanese
//!   `【平壌５月２９日発朝鮮中央通信】` (see [`foreign`]).
//!
//! `text` is the dateline verbatim as it stands in the paragraph and `place` as
//! written (the Korean form gives `평양`, not romanised). `agency` is normalised:
//! KCNA's names in its other language services (`조선중앙통신`, `ACNC`, `ЦТАК`,
//! `朝中社`, `朝鮮中央通信`) all give `KCNA`, as the JSON contract spells the
//! agency; any other agency is kept as written.
//!
//! The date has no year: it is the latest such month-day on or before the page's
//! date (so `December 31` in a page of January 1 is in the year before), and `None`
//! without a page date. A year written in the dateline itself
//! (`Pyongyang, May 29, 2020 (KCNA)`) is taken as written.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

mod foreign;

use super::date::{self, MONTH_ALT, MONTHS};
use crate::model::Dateline;

/// Dateline text longer than this is not a dateline.
const MAX_LEN: usize = 120;

static ENGLISH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?P<place>[A-Za-z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){{0,3}})\s*,?\s*(?P<month>(?i:{MONTH_ALT}))\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:\s*,\s*(?P<year>(?:19|20)\d{{2}}))?(?:\s*\(\s*(?P<agency>[A-Za-z][A-Za-z.&' -]{{0,40}}?)\s*\))?(?:\s*(?P<dash>-{{1,3}}|—|–))?"
    ))
    .expect("valid regex")
});

static KOREAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*\(\s*(?P<place>[가-힣]{1,12})\s*(?P<month>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일\s*발?\s*(?P<agency>[가-힣A-Za-z][가-힣A-Za-z ]{0,20}?)?\s*\)",
    )
    .expect("valid regex")
});

/// A dateline found at the start of a paragraph, before its date is resolved.
#[cfg_attr(test, derive(Debug, PartialEq))]
struct Found<'a> {
    /// Byte length of the dateline in the paragraph (leading spaces included).
    end: usize,
    text: &'a str,
    place: &'a str,
    agency: Option<&'a str>,
    month: u32,
    day: u32,
    year: Option<i32>,
}

/// How far past its leading whitespace a paragraph is searched for a dateline:
/// far beyond [`MAX_LEN`], so that no dateline the whole paragraph would give is
/// cut, while a long paragraph costs no more than a short one (the regex engine
/// works in proportion to the text it is handed, even when anchored).
const WINDOW: usize = 512;

fn locate(paragraph: &str) -> Option<Found<'_>> {
    let paragraph = crate::text::head(paragraph, WINDOW);
    // Each form opens (after white space, which `\s` and `trim_start` read
    // alike) with a character of its own: a form that cannot open here is not
    // searched.
    let first = paragraph.trim_start().chars().next()?;
    if first.is_ascii_alphabetic()
        && let Some(found) = common(paragraph).or_else(|| english(paragraph))
    {
        return Some(found);
    }
    let korean = (first == '(').then(|| KOREAN.captures(paragraph)).flatten();
    let Some(c) = korean else {
        return foreign::locate(paragraph, first);
    };
    let whole = c.get(0)?;
    Some(Found {
        end: whole.end(),
        text: whole.as_str().trim(),
        place: c.name("place")?.as_str(),
        agency: c
            .name("agency")
            .map(|m| m.as_str().trim())
            .filter(|a| !a.is_empty()),
        month: c.name("month")?.as_str().parse().ok()?,
        day: c.name("day")?.as_str().parse().ok()?,
        year: None,
    })
}

/// The English form, read by [`ENGLISH`].
fn english(paragraph: &str) -> Option<Found<'_>> {
    let c = ENGLISH.captures(paragraph)?;
    let agency = c.name("agency").map(|m| m.as_str().trim());
    // Without the agency's bracket the dash is what makes it a dateline.
    if agency.is_none() && c.name("dash").is_none() {
        return None;
    }
    let whole = c.get(0)?;
    let month = date::month_from_name(c.name("month")?.as_str())?;
    let day: u32 = c.name("day")?.as_str().parse().ok()?;
    let year = c.name("year").and_then(|y| y.as_str().parse().ok());
    let text = whole.as_str().trim();
    (text.len() <= MAX_LEN && (1..=31).contains(&day)).then_some(Found {
        end: whole.end(),
        text,
        place: c.name("place")?.as_str(),
        agency: agency.filter(|a| !a.is_empty()),
        month,
        day,
        year,
    })
}

/// The commonest dateline, `Pyongyang, May 29 (KCNA) --`, spelt exactly so
/// (one space each, a full month name, a one- or two-digit day, then `--`, `-`,
/// `—` or `–`), read by hand: [`english`] reads it the same way (a test
/// compares them), with a capture search. Anything else is `None`.
fn common(paragraph: &str) -> Option<Found<'_>> {
    let rest = paragraph.strip_prefix("Pyongyang, ")?;
    let (name, rest) = rest.split_once(' ')?;
    let month = MONTHS.iter().position(|m| *m == name)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let day: u32 = rest.get(..digits)?.parse().ok()?;
    let after = rest.get(digits..)?.strip_prefix(" (KCNA) ")?;
    // The pattern's dash: up to three hyphens, or one dash character.
    let dash = match after.chars().next()? {
        '-' => after.bytes().take(3).take_while(|&b| b == b'-').count(),
        c @ ('—' | '–') => c.len_utf8(),
        _ => return None,
    };
    let end = paragraph.len() - after.len() + dash;
    let text = paragraph.get(..end)?;
    (text.len() <= MAX_LEN && (1..=31).contains(&day)).then_some(Found {
        end,
        text,
        place: "Pyongyang",
        agency: Some("KCNA"),
        month: u32::try_from(month).ok()? + 1,
        day,
        year: None,
    })
}

/// The dateline at the start of a paragraph, located once and read both as a
/// [`Dateline`] ([`Located::dateline`]) and as the paragraph without it
/// ([`Located::rest`]).
pub(crate) struct Located<'a> {
    paragraph: &'a str,
    found: Option<Found<'a>>,
}

impl<'a> Located<'a> {
    /// Looks for the dateline at the start of `paragraph`.
    pub(crate) fn new(paragraph: &'a str) -> Self {
        Self {
            paragraph,
            found: locate(paragraph),
        }
    }

    /// The dateline, its date resolved against the page's date (`published`),
    /// rolling back a year where the month-day would fall after it.
    pub(crate) fn dateline(&self, page_date: Option<NaiveDate>) -> Option<Dateline> {
        let f = self.found.as_ref()?;
        let date = match f.year {
            Some(y) => date::ymd(y, f.month, f.day),
            None => page_date.and_then(|p| date::resolve_month_day(f.month, f.day, p)),
        };
        Some(Dateline {
            text: f.text.to_owned(),
            place: f.place.to_owned(),
            agency: f.agency.map(normalize_agency),
            date,
        })
    }

    /// The paragraph without its leading dateline (the whole paragraph when
    /// it has none), trimmed at the start: [`strip`].
    pub(crate) fn rest(&self) -> &'a str {
        self.found
            .as_ref()
            .and_then(|f| self.paragraph.get(f.end..))
            .unwrap_or(self.paragraph)
            .trim_start()
    }
}

/// Finds the dateline at the start of the first paragraph and resolves its date
/// against the page's date (see [`Located::dateline`]).
#[cfg(test)]
pub(crate) fn find(first_paragraph: &str, page_date: Option<NaiveDate>) -> Option<Dateline> {
    Located::new(first_paragraph).dateline(page_date)
}

/// KCNA under any of its names is `KCNA`; other agencies as written.
fn normalize_agency(agency: &str) -> String {
    match agency.trim() {
        "조선중앙통신" | "ACNC" | "ЦТАК" | "朝中社" | "朝鮮中央通信" => {
            "KCNA".to_owned()
        }
        other => other.to_owned(),
    }
}

/// The paragraph without its leading dateline (the whole paragraph when it has
/// none), trimmed at the start.
pub(crate) fn strip(paragraph: &str) -> &str {
    Located::new(paragraph).rest()
}

#[cfg(test)]
mod tests;
