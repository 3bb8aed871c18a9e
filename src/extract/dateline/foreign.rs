//! Datelines of the agency's other language services (kcna.kp `/es/`, `/ru/`,
//! `/cn/`, `/jp/`): `Pyongyang, 29 de mayo (ACNC) --`, `Пхеньян, 29 мая /ЦТАК/`,
//! `（朝中社平壤5月29日电）`, `【平壌５月２９日発朝鮮中央通信】`. Place and agency
//! as written.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::Found;

static SPANISH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*,\s*(?P<day>\d{1,2})\s+de\s+(?P<month>(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))(?-u:\b)(?:\s*\(\s*(?P<agency>[^()]{1,30}?)\s*\))?(?:\s*(?P<dash>-{1,3}|—|–))?")
        .expect("valid regex")
});
static RUSSIAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?P<place>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?)\s*,\s*(?P<day>\d{1,2})\s+(?P<month>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\.?(?:\s*/\s*(?P<agency>[^/]{1,20}?)\s*/\.?|\s*\(\s*(?P<agency2>[^()]{1,20}?)\s*\))?(?:\s*(?P<dash>-{1,3}|—|–))?")
        .expect("valid regex")
});
static CHINESE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[（(]?\s*(?P<agency>朝中社)\s*(?P<place>\p{Han}{2,4}?)\s*(?P<month>[0-9０-９]{1,2})\s*月\s*(?P<day>[0-9０-９]{1,2})\s*日\s*电\s*[）)]?")
        .expect("valid regex")
});
static JAPANESE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*【\s*(?P<place>\p{Han}{1,4}?)\s*(?P<month>[0-9０-９]{1,2})\s*月\s*(?P<day>[0-9０-９]{1,2})\s*日\s*発\s*(?P<agency>[^】]{1,20}?)\s*】")
        .expect("valid regex")
});

/// A number in ASCII or full-width digits.
fn number(s: &str) -> Option<u32> {
    let ascii: String = s
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            c => c,
        })
        .collect();
    ascii.parse().ok()
}

fn spanish_month(m: &str) -> Option<u32> {
    let m = m.to_lowercase();
    let i = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ]
    .iter()
    .position(|n| *n == m)
    .or_else(|| (m == "setiembre").then_some(8))?;
    u32::try_from(i + 1).ok()
}

fn russian_month(m: &str) -> Option<u32> {
    let i = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ]
    .iter()
    .position(|n| *n == m)?;
    u32::try_from(i + 1).ok()
}

fn found<'a>(
    c: &Captures<'a>,
    month: u32,
    agency: Option<&'a str>,
    needs_mark: bool,
) -> Option<Found<'a>> {
    let whole = c.get(0)?;
    let agency = agency.map(str::trim).filter(|a| !a.is_empty());
    if needs_mark && agency.is_none() && c.name("dash").is_none() {
        return None;
    }
    let day = number(c.name("day")?.as_str())?;
    if !(1..=31).contains(&day) {
        return None;
    }
    Some(Found {
        end: whole.end(),
        text: whole.as_str().trim(),
        place: c.name("place")?.as_str(),
        agency,
        month,
        day,
        year: None,
    })
}

/// A dateline in Spanish, Russian, Chinese or Japanese at the start of the text.
pub(super) fn locate(paragraph: &str) -> Option<Found<'_>> {
    if let Some(c) = SPANISH.captures(paragraph) {
        let month = spanish_month(c.name("month")?.as_str())?;
        return found(&c, month, c.name("agency").map(|m| m.as_str()), true);
    }
    if let Some(c) = RUSSIAN.captures(paragraph) {
        let month = russian_month(c.name("month")?.as_str())?;
        let agency = c.name("agency").or_else(|| c.name("agency2"));
        return found(&c, month, agency.map(|m| m.as_str()), true);
    }
    for re in [&*CHINESE, &*JAPANESE] {
        if let Some(c) = re.captures(paragraph) {
            let month = number(c.name("month")?.as_str())?;
            return found(&c, month, c.name("agency").map(|m| m.as_str()), false);
        }
    }
    None
}
