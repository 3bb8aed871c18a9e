//! Reprints and copies: what the text itself says about where it comes from, for
//! pages whose own metadata belongs to the hosting site, not to the outlet.
//!
//! A reprint site's posting date is not the outlet's publication date: a text
//! with the dateline `Pyongyang, July 14 (KCNA) -` posted on a blog on July 16 was
//! published on July 14 (or so), not July 16. The hosting page's date is kept as
//! `published` only when the dateline's month and day agree with it.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use super::date::{MONTH_ALT, month_from_name};
use super::source;

/// An English dateline at the start of a paragraph: place, month, day, the agency
/// in brackets, a dash (`--`, `-`, `—`, `–`). The place may have lost letters in a
/// cut-off reprint (`ongyang, November 14 (KCNA) —`).
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\W{{0,3}}\p{{L}}[\p{{L}} .'’-]{{0,40}}?,\s*({MONTH_ALT})\s+(\d{{1,2}})(?-u:\b)\s*(?:\(([^()]{{2,40}})\))?\s*(?:--|—|–|-)"
    ))
    .expect("valid regex")
});
/// A Korean dateline: `(평양 5월 29일발 조선중앙통신)`.
static KOREAN_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W{0,3}\(\s*\S+\s+(\d{1,2})\s*월\s*(\d{1,2})\s*일발?\s*([^)]*)\)")
        .expect("valid regex")
});

/// The month, day and agency of a dateline at the start of `paragraph`.
fn dateline_parts(paragraph: &str) -> Option<(u32, u32, Option<&str>)> {
    // Both forms end within 100 characters of the start.
    let paragraph = crate::text::head(paragraph, 512);
    if let Some(m) = DATELINE.find(paragraph) {
        return english_parts(m.as_str());
    }
    let c = KOREAN_DATELINE.captures(paragraph)?;
    let month = c.get(1)?.as_str().parse().ok()?;
    let day = c.get(2)?.as_str().parse().ok()?;
    let agency = c
        .get(3)
        .map(|m| m.as_str().trim())
        .filter(|a| !a.is_empty());
    Some((month, day, agency))
}

/// Month, day and agency of a text that [`DATELINE`] matched whole, read from
/// its end (a capture search of the Unicode pattern costs many times the
/// match): the dash, then the agency's bracket (the only bracket the pattern
/// lets stand before the dash), the day's digits, and the month after the last
/// comma.
fn english_parts(dateline: &str) -> Option<(u32, u32, Option<&str>)> {
    let mut rest = dateline.trim_end_matches(['-', '—', '–']).trim_end();
    let mut agency = None;
    if let Some(inner) = rest.strip_suffix(')') {
        let open = inner.rfind('(')?;
        agency = Some(inner.get(open + 1..)?.trim());
        rest = inner.get(..open)?.trim_end();
    }
    let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let day = rest.get(rest.len() - digits..)?.parse().ok()?;
    rest = rest.get(..rest.len() - digits)?.trim_end();
    let month = rest.rsplit(',').next()?.trim();
    Some((month_from_name(month)?, day, agency))
}

/// The month and day of the dateline at the start of `paragraph`, if it has one.
pub(crate) fn dateline_month_day(paragraph: &str) -> Option<(u32, u32)> {
    dateline_parts(paragraph)
        .filter(|(m, d, _)| (1..=12).contains(m) && (1..=31).contains(d))
        .map(|(m, d, _)| (m, d))
}

/// The outlet a text names itself by in its dateline: `(KCNA)` → `KCNA`.
pub(crate) fn outlet_from_dateline(paragraph: &str) -> Option<&'static str> {
    let agency = dateline_parts(paragraph)?.2?;
    if agency.contains("조선중앙통신") {
        return Some("KCNA");
    }
    source::outlet_from_label(agency)
}

/// True when a hosting page's own date may stand as the outlet's publication
/// date: the text has no dateline, or its dateline has the same month and day.
pub(crate) fn page_date_agrees(date: NaiveDate, first_paragraph: Option<&str>) -> bool {
    match first_paragraph.and_then(dateline_month_day) {
        Some((m, d)) => date.month() == m && date.day() == d,
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dateline_month_day_table() {
        let cases = [
            ("Pyongyang, July 14 (KCNA) - Kim Jong Un", Some((7, 14))),
            ("Pyongyang, May 29 (KCNA) -- A text", Some((5, 29))),
            ("ongyang, November 14 (KCNA) — Jo Chol Su", Some((11, 14))),
            ("Panmunjom, Sept. 9 (KCNA) -- x", Some((9, 9))),
            ("(평양 8월 17일발 조선중앙통신) 본문", Some((8, 17))),
            ("The Foreign Ministry released on July 14 a statement", None),
            ("Kim Jong Un, general secretary, on July 13 visited", None),
            ("", None),
        ];
        for (p, want) in cases {
            assert_eq!(dateline_month_day(p), want, "{p:?}");
        }
    }

    /// The groups as the pattern's own capture search reads them.
    fn by_captures(p: &str) -> Option<(u32, u32, Option<&str>)> {
        let c = DATELINE.captures(p)?;
        let month = month_from_name(c.get(1)?.as_str())?;
        let day = c.get(2)?.as_str().parse().ok()?;
        Some((month, day, c.get(3).map(|m| m.as_str().trim())))
    }

    #[test]
    fn parts_read_from_the_end_agree_with_the_capture_search() {
        let cases = [
            "Pyongyang, July 14 (KCNA) - Kim Jong Un",
            "Pyongyang, May 29 (KCNA) -- A text",
            "ongyang, November 14 (KCNA) — Jo Chol Su",
            "Panmunjom, Sept. 9 (KCNA) -- x",
            "Panmunjom, Sept 9 -- x",
            ", Pyongyang, Dec. 1 ( Korean Central News Agency ) – x",
            "Pyongyang,May 5(KCNA)--x",
            "Kuala Lumpur, August 30 (KCNA, Xinhua) - x",
            "New York, March 3 -x",
            "Pyongyang, May 5 (X) - x",
            "Pyongyang, May 55 (KCNA) - x",
            "Pyongyang, May 5th (KCNA) - x",
        ];
        for p in cases {
            let fast = DATELINE.find(p).and_then(|m| english_parts(m.as_str()));
            assert_eq!(fast, by_captures(p), "{p:?}");
        }
    }

    #[test]
    fn outlet_table() {
        let cases = [
            ("Pyongyang, July 14 (KCNA) - text", Some("KCNA")),
            ("ongyang, November 14 (KCNA) — text", Some("KCNA")),
            ("(평양 8월 17일발 조선중앙통신) 본문", Some("KCNA")),
            ("Beijing, July 14 (Xinhua) -- text", None),
            ("A text that names KCNA later (KCNA) --", None),
        ];
        for (p, want) in cases {
            assert_eq!(outlet_from_dateline(p), want, "{p:?}");
        }
    }

    #[test]
    fn page_date_must_match_the_dateline() {
        let p = Some("Pyongyang, July 14 (KCNA) - text");
        assert!(!page_date_agrees(d(2025, 7, 16), p));
        assert!(!page_date_agrees(d(2025, 7, 15), p));
        assert!(page_date_agrees(d(2025, 7, 14), p));
        assert!(page_date_agrees(d(2025, 7, 16), Some("No dateline here.")));
        assert!(page_date_agrees(d(2025, 7, 16), None));
    }

    #[test]
    fn build_keeps_a_generic_pages_date_only_when_the_dateline_agrees() {
        use crate::model::Site;
        use crate::site::RawPage;
        let raw = |published: &str| RawPage {
            title: Some("T".to_owned()),
            published: Some(published.to_owned()),
            body: vec!["Pyongyang, July 14 (KCNA) - Kim Jong Un visited a farm.".to_owned()],
            ..RawPage::default()
        };
        let later =
            crate::extract::build(Site::Generic, raw("2025-07-16T10:03:00+02:00"), None).unwrap();
        assert_eq!(later.published, None);
        assert_eq!(later.outlet.as_deref(), Some("KCNA"));
        let same = crate::extract::build(Site::Generic, raw("2025-07-14"), None).unwrap();
        assert_eq!(same.published, Some(d(2025, 7, 14)));
        // A known site's date is its own publication date, whatever the dateline.
        let site = crate::extract::build(Site::KcnaCoJp, raw("2025-07-16"), None).unwrap();
        assert_eq!(site.published, Some(d(2025, 7, 16)));
    }
}
