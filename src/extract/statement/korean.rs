//! Korean-language texts (kcna.kp `/kp/`): the same three fields from the
//! Korean issuing sentence.
//!
//! `조선민주주의인민공화국 외무성 대변인은 29일 다음과 같은 담화를 발표하였다.`:
//! the subject before `은/는` is the issuer, the noun before `을/를 발표하였다` the
//! kind (`담화` press statement, `성명` statement, `비망록` memorandum, `론평`
//! commentary, `보도` report, `공보` press release, `결정` decision, `편지`/`서한`
//! letter, `연설` speech, `기자회견` press conference; `질문에 … 대답하였다`
//! answer; `기자와 회견하였다` talk), and a date between subject and verb (`29일`
//! day of the month, `5월 29일`, `이날` today, `어제` yesterday) the issuing date.
//! Headlines: `조선로동당 중앙위원회 부부장 김여정 담화`, `조선중앙통신사 론평`.
//! A name is a Hangul word of two to four syllables opening with a family name,
//! first or last in the subject.

use std::sync::LazyLock;

use chrono::{Days, NaiveDate};
use regex::Regex;

use crate::extract::date;
use crate::extract::dateline;
use crate::model::{PressStatement, Speaker, StatementKind};

const KIND: &str =
    "공동성명|성명|담화|비망록|론평|보도문|보도|공보|결정서|결정|축하편지|편지|서한|연설|기자회견";

static CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?P<spk>[^.。]{{2,200}}?)(?:은|는)\s+(?P<mid>[^.。]{{0,200}}?)(?:(?P<kind>{KIND})(?:을|를)\s*(?:발표|공개|공표|발송|보내|전달|하였|했|냈)|(?P<answer>질문에)\s*(?:다음과\s*같이\s*)?대답|(?P<talk>회견)(?:하였|했))"
    ))
    .expect("valid regex")
});
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?P<m>\d{1,2})\s*월\s*)?(?P<d>\d{1,2})\s*일|(?P<today>이날|오늘)|(?P<yesterday>어제)",
    )
    .expect("valid regex")
});
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?P<spk>.{{2,200}}?)\s*(?P<kind>{KIND}|대답)\s*$"
    ))
    .expect("valid regex")
});
static AGENCY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*조선중앙통신(?:사)?\s*$").expect("valid regex"));

const SURNAMES: &str = "김리이박최조정강장한오윤류홍손주로신고문권채백송량황안차허남전지소유진방천렴동엄심길계명변석추옥위마공노배염하태현표탁라나림민원여함우구";

/// Hangul words that open with a family-name syllable but are titles or
/// institutions, not names.
const NOT_NAMES: &[&str] = &[
    "위원장",
    "위원",
    "부위원장",
    "원장",
    "부원장",
    "소장",
    "고문",
    "조선",
    "주석",
    "총리",
    "장관",
    "국장",
    "부국장",
    "단장",
    "부단장",
    "대표",
    "대변인",
    "공보",
    "리사장",
    "사장",
    "회장",
    "부장",
    "지도원",
    "연구사",
    "연구원",
    "기자",
    "해설원",
    "론설원",
    "주필",
    "동지",
    "원수",
    "비서",
];

fn is_hangul(c: char) -> bool {
    ('가'..='힣').contains(&c)
}

/// True when the text is Korean (its first letters are Hangul).
pub(super) fn is_korean(body: &[String]) -> bool {
    body.first().is_some_and(|p| {
        let (mut letters, mut hangul) = (0, 0);
        // Hangul syllables are letters: tested first, they spare the Unicode
        // table lookup of `is_alphabetic`, slow outside ASCII.
        for c in p
            .chars()
            .filter(|&c| is_hangul(c) || c.is_alphabetic())
            .take(40)
        {
            letters += 1;
            hangul += usize::from(is_hangul(c));
            // Twenty other letters outnumber the Hangul of any forty.
            if letters - hangul >= 20 {
                return false;
            }
        }
        letters > 0 && hangul * 2 > letters
    })
}

fn kind_of(noun: &str) -> Option<StatementKind> {
    let k = match noun {
        "담화" => StatementKind::PressStatement,
        "성명" | "공동성명" => StatementKind::Statement,
        "비망록" => StatementKind::Memorandum,
        "론평" => StatementKind::Commentary,
        "보도" => StatementKind::Report,
        "보도문" | "공보" => StatementKind::PressRelease,
        "결정" | "결정서" => StatementKind::Decision,
        "편지" | "축하편지" | "서한" => StatementKind::Letter,
        "연설" => StatementKind::Speech,
        "기자회견" => StatementKind::PressConference,
        "대답" => StatementKind::Answer,
        _ => return None,
    };
    Some(k)
}

fn is_name(word: &str) -> bool {
    let n = word.chars().count();
    (2..=4).contains(&n)
        && word.chars().all(is_hangul)
        && word.chars().next().is_some_and(|c| SURNAMES.contains(c))
        && !NOT_NAMES.contains(&word)
}

/// `조선로동당 중앙위원회 부부장 김여정` or `김여정 조선로동당 중앙위원회 부부장`.
fn speaker(phrase: &str) -> Option<Speaker> {
    let p = phrase.trim();
    if p.is_empty() || AGENCY.is_match(p) {
        return None;
    }
    let words: Vec<&str> = p.split_whitespace().collect();
    let (name, rest) = match (words.first(), words.last()) {
        (Some(f), _) if words.len() > 1 && is_name(f) => (Some(*f), words.get(1..)),
        (_, Some(l)) if words.len() > 1 && is_name(l) => (Some(*l), words.get(..words.len() - 1)),
        (Some(f), _) if words.len() == 1 && is_name(f) => (Some(*f), None),
        _ => (None, Some(&words[..])),
    };
    let position = rest.map(|r| r.join(" ")).filter(|r| !r.is_empty());
    if name.is_none() && position.is_none() {
        return None;
    }
    Some(Speaker {
        name: name.map(str::to_owned),
        position,
    })
}

/// The statement of a Korean text.
pub(super) fn extract(
    title: &str,
    body: &[String],
    reference: Option<NaiveDate>,
    first_rest: Option<&str>,
) -> Option<PressStatement> {
    let headline = TITLE.captures(title.trim()).and_then(|c| {
        let kind = kind_of(c.name("kind")?.as_str())?;
        // `… 대변인 조선중앙통신사 기자의 질문에 대답`: the issuer ends before the agency.
        let spk = c.name("spk").map(|s| {
            let s = s.as_str();
            match s.find(" 조선중앙통신") {
                Some(i) if i > 0 => s.get(..i).unwrap_or(s),
                _ => s,
            }
        });
        Some((kind, spk.and_then(speaker)))
    });
    for (pi, para) in body.iter().take(super::clause::MAX_PARAGRAPHS).enumerate() {
        let text = if pi == 0 {
            first_rest.unwrap_or_else(|| dateline::strip(para))
        } else {
            para.as_str()
        };
        // Later paragraphs count only when they introduce the text.
        if pi > 0 && !text.contains("다음과 같") {
            continue;
        }
        let Some(c) = CLAUSE.captures(text) else {
            continue;
        };
        let kind = if c.name("answer").is_some() {
            StatementKind::Answer
        } else if c.name("talk").is_some() {
            StatementKind::Talk
        } else {
            c.name("kind").and_then(|k| kind_of(k.as_str()))?
        };
        let spk = c
            .name("spk")
            .and_then(|s| speaker(s.as_str()))
            .or_else(|| headline.as_ref().and_then(|h| h.1.clone()));
        let issued = c.name("mid").and_then(|m| issued(m.as_str(), reference));
        return Some(PressStatement {
            kind,
            speaker: spk,
            issued,
        });
    }
    headline.map(|(kind, speaker)| PressStatement {
        kind,
        speaker,
        issued: None,
    })
}

fn issued(mid: &str, reference: Option<NaiveDate>) -> Option<NaiveDate> {
    let c = DATE.captures(mid)?;
    let reference = reference?;
    if c.name("today").is_some() {
        return Some(reference);
    }
    if c.name("yesterday").is_some() {
        return reference.checked_sub_days(Days::new(1));
    }
    let day: u32 = c.name("d")?.as_str().parse().ok()?;
    match c.name("m").and_then(|m| m.as_str().parse::<u32>().ok()) {
        Some(month) => date::resolve_month_day(month, day, reference),
        None => date::resolve_day_of_month(day, reference),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stopping at twenty other letters reads as counting all forty.
    #[test]
    fn is_korean_reads_as_a_full_count() {
        let full = |p: &str| {
            let letters: Vec<char> = p.chars().filter(|c| c.is_alphabetic()).take(40).collect();
            let hangul = letters.iter().filter(|c| is_hangul(**c)).count();
            !letters.is_empty() && hangul * 2 > letters.len()
        };
        let pieces = [
            "조선",
            "a",
            "B",
            " ",
            "1",
            "평양",
            "é",
            "中",
            "--",
            "abcdefghij",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut r = seed;
            let mut p = String::new();
            for _ in 0..(seed % 40) {
                r = r.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                p.push_str(pieces[(r >> 33) as usize % pieces.len()]);
            }
            assert_eq!(is_korean(std::slice::from_ref(&p)), full(&p), "{p:?}");
        }
    }
}
