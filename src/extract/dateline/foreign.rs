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

/// False when the Spanish and Russian forms cannot match `paragraph`: their
/// places hold no comma, so the day (`\d`, white space before it) follows the
/// paragraph's first comma.
fn day_after_comma(paragraph: &str) -> bool {
    paragraph
        .split_once(',')
        .and_then(|(_, rest)| rest.trim_start().chars().next())
        .is_some_and(char::is_numeric)
}

/// The forms' first characters: a form is searched only in a paragraph that
/// opens (after white space) with one of its own.
fn may_open(form: &Regex, first: char) -> bool {
    if std::ptr::eq(form, &*SPANISH) {
        first.is_ascii_uppercase()
    } else if std::ptr::eq(form, &*RUSSIAN) {
        matches!(first, 'А'..='Я' | 'Ё')
    } else if std::ptr::eq(form, &*CHINESE) {
        matches!(first, '（' | '(' | '朝')
    } else {
        first == '【'
    }
}

/// A dateline in Spanish, Russian, Chinese or Japanese at the start of the text,
/// whose first character after white space is `first`.
pub(super) fn locate(paragraph: &str, first: char) -> Option<Found<'_>> {
    // Each form is searched only where it can open: its first character, and
    // for the Spanish and Russian forms a day after the first comma.
    let day_after_comma = || day_after_comma(paragraph);
    if may_open(&SPANISH, first)
        && day_after_comma()
        && let Some(c) = SPANISH.captures(paragraph)
    {
        let month = spanish_month(c.name("month")?.as_str())?;
        return found(&c, month, c.name("agency").map(|m| m.as_str()), true);
    }
    if may_open(&RUSSIAN, first)
        && day_after_comma()
        && let Some(c) = RUSSIAN.captures(paragraph)
    {
        let month = russian_month(c.name("month")?.as_str())?;
        let agency = c.name("agency").or_else(|| c.name("agency2"));
        return found(&c, month, agency.map(|m| m.as_str()), true);
    }
    let re = [&*CHINESE, &*JAPANESE]
        .into_iter()
        .find(|re| may_open(re, first))?;
    let c = re.captures(paragraph)?;
    let month = number(c.name("month")?.as_str())?;
    found(&c, month, c.name("agency").map(|m| m.as_str()), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No form is passed over on a paragraph it matches.
    #[test]
    fn gates_keep_every_match() {
        let heads = ["", " ", "\u{a0}\n ", "\u{2003}"];
        let texts = [
            "Pyongyang, 29 de mayo (ACNC) -- Texto",
            "Pyongyang , ٢٩ de mayo (ACNC) --",
            "Kuala Lumpur,\u{a0}5 de enero --",
            "Pyong-yang’s Él, 5 de ENERO",
            "Pyongyang 5 de mayo, 3",
            "Пхеньян, 29 мая /ЦТАК/ --",
            "Ёлки Палки , ２９ мая (ЦТАК)",
            "（朝中社平壤5月29日电）",
            "(朝中社平壤５月２９日电)",
            "朝中社平壤5月29日电",
            "【平壌５月２９日発朝鮮中央通信】",
            "平壌5月29日発",
            "Pyongyang, May 5 (KCNA) --",
            "(평양 5월 29일발 조선중앙통신)",
        ];
        let mut matched = 0;
        for h in heads {
            for t in texts {
                let s = format!("{h}{t}");
                let first = s.trim_start().chars().next().unwrap_or(' ');
                for re in [&*SPANISH, &*RUSSIAN, &*CHINESE, &*JAPANESE] {
                    if re.is_match(&s) {
                        matched += 1;
                        assert!(may_open(re, first), "{s:?}");
                        if std::ptr::eq(re, &*SPANISH) || std::ptr::eq(re, &*RUSSIAN) {
                            assert!(day_after_comma(&s), "{s:?}");
                        }
                    }
                }
            }
        }
        assert!(matched >= 4 * 8, "{matched}");
    }
}
