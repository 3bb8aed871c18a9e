//! The issuing date, read only from the issuing clause.
//!
//! A date counts only where the clause puts it: just before the verb
//! (`… Monday issued`, `… on March 20 released`), between the verb and the kind
//! (`released Saturday the following …`), at the head of the sentence
//! (`On Friday, …`), or right after the kind, its quoted title or its issuer
//! (`… statement "…" on May 25:`, `… raised by KCNA Thursday`, `… letter from X
//! on January 1`). Anything further on in the sentence (`in connection with …
//! on March 5`, `the June 15 joint declaration`), in quotations, or elsewhere in
//! the text is never taken. A signature line `Pyongyang, May 28, Juche109(2020)`
//! at the end of the text is the fallback; it carries its own year.

use std::sync::LazyLock;

use chrono::{Days, NaiveDate};
use regex::Regex;

use super::kind::WEEKDAY;
use crate::extract::date::{self, MONTH_ALT};

static CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:(?:on|dated)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?P<mon>{MONTH_ALT})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:\s*,\s*(?:Juche\s*\d{{1,3}}\s*\(\s*)?(?P<y1>(?:19|20)\d{{2}})(?-u:\b)\)?|\s*,?\s*Juche\s*\d{{1,3}}\s*\(\s*(?P<y2>(?:19|20)\d{{2}})\s*\))?|(?:on|dated)\s+(?:the\s+(?P<dayb>\d{{1,2}})(?:st|nd|rd|th)?\s+of|(?P<dayc>\d{{1,2}}))\s+(?P<monb>{MONTH_ALT})(?-u:\b)(?:\s*,?\s*(?P<y3>(?:19|20)\d{{2}}))?|(?:on\s+)?(?P<wd>{WEEKDAY})(?-u:\b)(?:\s+(?:morning|afternoon|evening|night)(?-u:\b))?|(?P<rel>today|yesterday|tonight|this\s+(?:morning|afternoon|evening))(?-u:\b)|on\s+the\s+(?P<dom>\d{{1,2}})(?:st|nd|rd|th)(?-u:\b)(?P<next>\s+[a-z]+)?)"
    ))
    .expect("valid regex")
});

/// What may stand between the end of the kind (or its issuer) and the date:
/// punctuation, a masked title, `titled`, a clock time, and a place or addressee
/// named in capitals (`to the UN Secretary-General`, `at the People's Palace of
/// Culture`, `in Pyongyang`, `at the 1st Session of the 14th SPA`), a short
/// place or addressee after `at` / `to` (`at the ceremony`, `to all soldiers`) —
/// never another lowercase phrase (`in connection with the drills`, `on the U.S.
/// drills`).
static FILLER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\s|,|\(|\)|'|’|titled|entitled|under\s+the\s+title|here|jointly|dated|issued|released|made\s+public|published|at\s+\d{1,2}[:.]\d{2}(?:\s*(?:a\.m\.|p\.m\.|hours|hrs))?|to\s+(?:a|the)\s+questions?\s+(?:raised|put|asked|posed)\s+by\s+(?:a\s+)?KCNA(?:\s+reporter)?|at\s+(?:the|a)\s+(?-i:[a-z][\w'’-]*)(?:\s+(?-i:[a-z][\w'’-]*)){0,2}|to\s+(?:all|the|a|an)\s+(?-i:[a-z][\w'’-]*)(?:\s+(?-i:[a-z][\w'’-]*)){0,2}|(?:to|at|in|before|with)\s+(?:(?:the|a)\s+)?(?-i:[A-Z0-9])[\w'’.&-]*(?:\s+(?:of|the|for|and|(?-i:[A-Z0-9])[\w'’.&-]*|(?-i:[a-z]+-[a-z]+)))*)*$")
        .expect("valid regex")
});

static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[.!?]\s+)(?P<place>[A-Z][A-Za-z'’ -]{{1,30}}),\s*(?P<mon>{MONTH_ALT})\s*(?P<day>\d{{1,2}})\s*,?\s*(?:Juche\s*\d{{1,3}}\s*\(\s*(?P<y1>\d{{4}})\s*\)|(?P<y2>\d{{4}}))\s*\.?\s*$"
    ))
    .expect("valid regex")
});

/// Nouns that make `on the 11th` an ordinal, not a day of the month.
const ORDINAL_NOUNS: &[&str] = &[
    "anniversary",
    "birthday",
    "birth",
    "congress",
    "conference",
    "session",
    "meeting",
    "plenary",
    "plenum",
    "round",
    "time",
    "day",
    "year",
    "century",
    "party",
    "enlarged",
    "general",
    "national",
    "election",
    "term",
    "supreme",
    "central",
    "floor",
    "month",
    "week",
];

/// Where a clause allows its date, as byte offsets into the (masked) paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Slots {
    /// The sentence.
    pub(super) sentence: (usize, usize),
    /// The verb, when the clause has one before its kind: a date right before it
    /// counts.
    pub(super) verb: Option<usize>,
    /// Any date in this range counts (between verb and kind, inside the clause).
    pub(super) inner: (usize, usize),
    /// A date after this point counts when only filler stands between.
    pub(super) after: usize,
}

/// A date found in running text, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Partial {
    Full(NaiveDate),
    MonthDay(u32, u32),
    Weekday(chrono::Weekday),
    DayOfMonth(u32),
    Today,
    Yesterday,
}

/// The issuing date of the clause that `slots` describe in `masked` (the
/// paragraph with quotations masked), resolved against `reference`.
pub(super) fn from_clause(
    masked: &str,
    slots: Slots,
    reference: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let (s0, s1) = slots.sentence;
    let sentence = masked.get(s0..s1)?;
    let mut before_verb = None;
    let mut inner = None;
    let mut after = None;
    let mut head = None;
    for m in CANDIDATE.find_iter(sentence) {
        let (start, end) = (s0 + m.start(), s0 + m.end());
        // Read only the candidates that would be kept.
        let read = || read_candidate(sentence, m.start(), m.as_str());
        if start >= slots.inner.0 && end <= slots.inner.1 {
            if inner.is_none() {
                inner = read();
            }
        } else if let Some(v) = slots.verb.filter(|v| end <= *v) {
            let between = masked.get(end..v).unwrap_or("x");
            if between.trim_matches([' ', ',']).is_empty() {
                before_verb = read().or(before_verb);
            } else if masked.get(s0..start).is_some_and(|h| h.trim().is_empty())
                && between.trim_start().starts_with(',')
            {
                head = read().or(head);
            }
        } else if start >= slots.after && after.is_none() {
            let between = masked.get(slots.after..start).unwrap_or("x");
            if FILLER.is_match(between) {
                after = read();
            }
        }
    }
    let p = before_verb.or(inner).or(after).or(head)?;
    resolve(p, reference)
}

/// The date a candidate found at `start` in `sentence` gives: the common
/// forms read from its text, the others from the captures.
fn read_candidate(sentence: &str, start: usize, text: &str) -> Option<Partial> {
    match common_candidate(text) {
        Some(p) => p,
        None => partial(&CANDIDATE.captures_at(sentence, start)?),
    }
}

/// A candidate whose whole text is `on March 5`, `dated Sept. 9th`, `on
/// Sunday`, `Monday morning`, `today`, `on the 20th` …: what [`partial`]
/// gives for its captures (`None` when the text is none of these). Each text
/// can only be the match of one alternative of [`CANDIDATE`] (no month names
/// a weekday, only the month-day form begins `on <month>`, and `on the 5th
/// of March` is longer than `on the 5th`), so its groups are the words as
/// they stand.
fn common_candidate(text: &str) -> Option<Option<Partial>> {
    if !text.is_ascii() {
        return None;
    }
    let words: Vec<&str> = text.split_ascii_whitespace().collect();
    let is = |w: &str, any: &[&str]| any.iter().any(|a| w.eq_ignore_ascii_case(a));
    let daytime = |w: &str| is(w, &["morning", "afternoon", "evening", "night"]);
    let found = match words.as_slice() {
        [w] if is(w, &["today", "tonight"]) => Partial::Today,
        [w] if is(w, &["yesterday"]) => Partial::Yesterday,
        [this, time] if is(this, &["this"]) && is(time, &["morning", "afternoon", "evening"]) => {
            Partial::Today
        }
        [on, month, day] if is(on, &["on", "dated"]) && date::month_spelled(month).is_some() => {
            let month = date::month_spelled(month)?;
            let digits = day.len() - ordinal_suffix(day).len();
            let day = day.get(..digits)?;
            if !(1..=2).contains(&day.len()) || !day.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            Partial::MonthDay(month, day.parse().ok()?)
        }
        [on, the, nth, next @ ..] if is(on, &["on"]) && is(the, &["the"]) && next.len() <= 1 => {
            let suffix = ordinal_suffix(nth);
            let day = nth.get(..nth.len() - suffix.len())?;
            if suffix.is_empty()
                || !(1..=2).contains(&day.len())
                || !day.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            if let [next] = next {
                if !next.bytes().all(|b| b.is_ascii_alphabetic()) {
                    return None;
                }
                if ORDINAL_NOUNS.contains(&next.to_ascii_lowercase().as_str()) {
                    return Some(None);
                }
            }
            Partial::DayOfMonth(day.parse().ok()?)
        }
        [on, day, time] if is(on, &["on"]) && daytime(time) => weekday(day)?,
        [on, day] if is(on, &["on"]) => weekday(day)?,
        [day, time] if daytime(time) => weekday(day)?,
        [day] => weekday(day)?,
        _ => return None,
    };
    Some(Some(found))
}

/// A weekday written out in full (`Sunday`), as [`WEEKDAY`] matches it.
fn weekday(day: &str) -> Option<Partial> {
    WEEKDAY
        .split('|')
        .any(|d| day.eq_ignore_ascii_case(d))
        .then(|| date::weekday_from_name(day).map(Partial::Weekday))?
}

/// The `st`, `nd`, `rd` or `th` that ends a day number, if any.
fn ordinal_suffix(day: &str) -> &str {
    let n = day.len();
    match day.get(n.saturating_sub(2)..) {
        Some(s)
            if n > 2
                && ["st", "nd", "rd", "th"]
                    .iter()
                    .any(|x| s.eq_ignore_ascii_case(x)) =>
        {
            s
        }
        _ => "",
    }
}

fn partial(c: &regex::Captures<'_>) -> Option<Partial> {
    let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    if let Some(mon) = c
        .name("mon")
        .and_then(|m| date::month_from_name(m.as_str()))
    {
        let day = num("day")?;
        let year = num("y1").or_else(|| num("y2"));
        return Some(match year {
            Some(y) => Partial::Full(date::ymd(i32::try_from(y).ok()?, mon, day)?),
            None => Partial::MonthDay(mon, day),
        });
    }
    if let Some(mon) = c
        .name("monb")
        .and_then(|m| date::month_from_name(m.as_str()))
    {
        let day = num("dayb").or_else(|| num("dayc"))?;
        return Some(match num("y3") {
            Some(y) => Partial::Full(date::ymd(i32::try_from(y).ok()?, mon, day)?),
            None => Partial::MonthDay(mon, day),
        });
    }
    if let Some(w) = c
        .name("wd")
        .and_then(|m| date::weekday_from_name(m.as_str()))
    {
        return Some(Partial::Weekday(w));
    }
    if let Some(r) = c.name("rel") {
        let r = r.as_str().to_ascii_lowercase();
        return Some(if r == "yesterday" {
            Partial::Yesterday
        } else {
            Partial::Today
        });
    }
    let day = num("dom")?;
    let next = c
        .name("next")
        .map(|m| m.as_str().trim().to_ascii_lowercase());
    if next.is_some_and(|n| ORDINAL_NOUNS.contains(&n.as_str())) {
        return None;
    }
    Some(Partial::DayOfMonth(day))
}

fn resolve(p: Partial, reference: Option<NaiveDate>) -> Option<NaiveDate> {
    match p {
        Partial::Full(d) => Some(d),
        Partial::MonthDay(m, d) => date::resolve_month_day(m, d, reference?),
        Partial::Weekday(w) => Some(date::resolve_weekday(w, reference?)),
        Partial::DayOfMonth(d) => date::resolve_day_of_month(d, reference?),
        Partial::Today => reference,
        Partial::Yesterday => reference?.checked_sub_days(Days::new(1)),
    }
}

/// A signature line at the end of the text: `Pyongyang, May 28, Juche109(2020)`.
pub(super) fn at_end(body: &[String]) -> Option<NaiveDate> {
    body.iter().rev().take(3).find_map(|p| {
        let p = p.trim();
        if p.len() > 2000 {
            return None;
        }
        let c = SIGNATURE.captures(p)?;
        let month = date::month_from_name(c.name("mon")?.as_str())?;
        let day: u32 = c.name("day")?.as_str().parse().ok()?;
        let year: i32 = c
            .name("y1")
            .or_else(|| c.name("y2"))?
            .as_str()
            .parse()
            .ok()?;
        date::ymd(year, month, day)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The common candidates read from their text give what their captures
    /// give.
    #[test]
    fn common_candidates_read_as_the_captures() {
        let dates = [
            "on March 5",
            "dated Sept. 9th",
            "on May 05",
            "ON MAR 1st",
            "on June 30",
            "on Jun. 3rd",
            "on March 123",
            "on March 5, 2024",
            "on March 5, Juche 113 (2024)",
            "on 5 March",
            "on the 5th of March",
            "on the morning of May 2",
            "on Sunday",
            "Sunday",
            "SUNDAY",
            "on Monday morning",
            "Monday night",
            "Tuesday afternoon",
            "on Wed",
            "today",
            "TONIGHT",
            "yesterday",
            "this morning",
            "this  evening",
            "this night",
            "on the 20th",
            "on the 11th anniversary",
            "on the 11th of",
            "on the 3RD day",
            "on the 5th of March",
            "on the 5 of",
            "on the 25th,",
            "on the 2nd plenary",
            "on the 12th x1",
            "on Sunday\u{a0}morning",
            "yeſterday",
            "on Marc 5",
            "on March5",
            "on  March  5",
            "dated\tJuly 4",
        ];
        let mut common = 0;
        for d in dates {
            for s in [
                format!("{d} it said"),
                format!("It said {d}."),
                d.to_string(),
            ] {
                for m in CANDIDATE.find_iter(&s) {
                    let want = partial(&CANDIDATE.captures_at(&s, m.start()).unwrap());
                    if let Some(got) = common_candidate(m.as_str()) {
                        assert_eq!(got, want, "{s:?} {:?}", m.as_str());
                        common += 1;
                    }
                    assert_eq!(read_candidate(&s, m.start(), m.as_str()), want, "{s:?}");
                }
            }
        }
        assert!(common > 50, "{common}");
    }
}
