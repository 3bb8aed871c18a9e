//! The issuer named by a noun phrase: a person's name and position, an unnamed
//! official, or an institution.
//!
//! The phrase comes from the issuing clause (its subject, or the `of …` / `from
//! …` after the kind) or from the headline. Rules, in order:
//! 1. name first: `Kim Yo Jong, vice department director of …` → the name, and
//!    the appositive as written (`an international affairs analyst` keeps its
//!    article: it is the text's own wording of the position);
//! 2. position first: `DPRK Foreign Minister Choe Son Hui` → name and the words
//!    before it;
//! 3. otherwise no name: the phrase is the position. A leading `A`/`An`/`The` is
//!    dropped when the phrase names a person by title (`A spokesman for …` →
//!    `spokesman for …`, `The chief of …` → `chief of …`), and kept when it names
//!    an institution (`The Foreign Ministry of the DPRK`, `the Central Committee
//!    of …`, `The DPRK's major newspaper Rodong Sinmun`).
//!
//! A name is a Korean name of two or three parts whose first part is a Korean
//! family name and whose other parts are romanised syllables (`Kim Yo Jong`,
//! `Ri Son Gwon`), or any name of two to four capitalised words when the
//! appositive after it begins with a person's title (`Huang Libiao, head of …`)
//! or the words before it end with one (`Russian Foreign Minister Sergei
//! Lavrov`). Nothing else is taken for a name. Several issuers: the first.

use std::sync::LazyLock;

use regex::Regex;

use super::kind::WEEKDAY;
use super::name;
use crate::extract::date::MONTH_ALT;
use crate::model::Speaker;

/// Longest noun phrase read as an issuer.
const MAX_LEN: usize = 400;

/// Korean family names as KCNA (and South Korean usage) romanise them.
const SURNAMES: &[&str] = &[
    "Kim", "Ri", "Rim", "Pak", "Choe", "Jo", "Jong", "Kang", "Jang", "Han", "O", "Yun", "Ryu",
    "Hong", "Son", "Ju", "Ro", "Sin", "Ko", "Mun", "Kwon", "Chae", "Paek", "Song", "Yang", "Hwang",
    "An", "Cha", "Ho", "Nam", "Jon", "Ji", "So", "Yu", "Jin", "Pang", "Chon", "Ryom", "Tong", "Om",
    "Sim", "Kil", "Kye", "Myong", "Pyon", "Sok", "Chu", "Ok", "Wi", "Ma", "Kong", "No", "Pae",
    "Yom", "Ha", "Thae", "Hyon", "Ryang", "Pyo", "Tak", "Ra", "Na", "Im", "Min", "Won", "Yo",
    "Chang", "Lee", "Park", "Choi", "Jung", "Cho", "Yoon", "Jeong", "Moon", "Shin", "Ahn", "Chung",
    "Kwak", "Seo", "Baek", "Yoo", "Oh", "Bae", "Jeon", "Heo", "Noh", "Ryo", "Kye", "Pong", "Chi",
    "Kum", "Sung", "Ryong", "Hyun", "Rho", "Roh", "Suh", "Koh", "Lim",
];

/// Words that make a phrase name a person (by its last word before `of`/`for`…).
const PERSON_WORDS: &[&str] = &[
    "spokesman",
    "spokesmen",
    "spokesperson",
    "spokespersons",
    "spokeswoman",
    "chief",
    "head",
    "director",
    "director-general",
    "general",
    "minister",
    "vice-minister",
    "secretary",
    "chairman",
    "chairwoman",
    "chairperson",
    "vice-chairman",
    "president",
    "vice-president",
    "premier",
    "ambassador",
    "envoy",
    "representative",
    "delegate",
    "official",
    "officer",
    "commander",
    "commentator",
    "analyst",
    "journalist",
    "reporter",
    "researcher",
    "scholar",
    "expert",
    "professor",
    "writer",
    "member",
    "deputy",
    "counsellor",
    "counselor",
    "advisor",
    "adviser",
    "lawyer",
    "leader",
    "marshal",
    "colonel",
    "captain",
    "senator",
    "councillor",
    "manager",
    "editor",
    "editor-in-chief",
    "correspondent",
    "observer",
    "activist",
    "veteran",
    "mayor",
    "governor",
    "consul",
    "negotiator",
    "investigator",
    "inspector",
    "coordinator",
    "executive",
    "founder",
    "participant",
    "dean",
    "rector",
    "lecturer",
    "student",
    "worker",
    "person",
];

/// Capitalised words that, standing just before a name, make it a name
/// (`Foreign Minister Sergei Lavrov`).
const TITLE_WORDS: &[&str] = &[
    "president",
    "minister",
    "secretary",
    "chairman",
    "chairwoman",
    "premier",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "chief",
    "leader",
    "king",
    "queen",
    "envoy",
    "representative",
    "general",
    "commander",
    "senator",
    "governor",
    "mayor",
    "editor",
    "professor",
    "comrade",
    "marshal",
    "commentator",
    "analyst",
    "head",
];

static LEADING_ADVERBIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Z][a-z]+ing|To|Under|Through|Despite|In|On|At|Meanwhile|Recently|Earlier|Also|Then|Later|However|Accordingly|Regarding|Referring|Commenting|Today|Yesterday|Upon|After|Following|Prior|Concerning|With|Against|Amid|As)(?-u:\b)[^,]{0,200},\s+")
        .expect("valid regex")
});
static LEADING_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:this|it|that|these|such)\s+(?:was|were|is|has\s+been)\s+(?:stated|said|noted|stressed|declared|pointed\s+out|made\s+clear|asserted|clarified)\s+by\s+")
        .expect("valid regex")
});
static TRAILING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\s*,?\s*(?-u:\b)(?:(?:on\s+)?(?:(?:{WEEKDAY}|(?:{MONTH_ALT})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?|the\s+\d{{1,2}}(?:st|nd|rd|th))(?:\s+(?:morning|afternoon|evening|night))?)|today|yesterday|also|again|jointly|here|recently|has|have|had|already|officially|formally|once\s+again|in\s+Pyongyang|at\s+\d{{1,2}}[:.]\d{{2}})\s*,?\s*$"
    ))
    .expect("valid regex")
});
static REPORTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:said|says|reported|reports|noted|according|that|who|whom|which|while|when)(?-u:\b)")
        .expect("valid regex")
});

/// The issuer that a noun phrase names, or `None` when it names none (empty,
/// a pronoun, a clause rather than a noun phrase).
pub(super) fn parse(phrase: &str) -> Option<Speaker> {
    let s = clean(phrase);
    if s.is_empty() || s.len() > MAX_LEN || is_pronoun(s) {
        return None;
    }
    let first = s.split_whitespace().next().unwrap_or("");
    if first.chars().next().is_some_and(char::is_lowercase) && !matches!(first, "a" | "an" | "the")
    {
        return None;
    }
    if let Some(sp) = name_first(s) {
        return Some(sp);
    }
    if REPORTING.is_match(s) {
        return None;
    }
    if let Some(sp) = position_first(s) {
        return Some(sp);
    }
    let position = first_of_several(s);
    let position = if is_person_title(position) {
        strip_article(position)
    } else {
        position
    };
    let position = position.trim().trim_end_matches(',').trim();
    (!position.is_empty()).then(|| Speaker {
        name: None,
        position: Some(position.to_owned()),
    })
}

/// True when the phrase names a person: by name, or by a person's title.
pub(super) fn is_person(phrase: &str) -> bool {
    parse(phrase)
        .is_some_and(|sp| sp.name.is_some() || sp.position.as_deref().is_some_and(is_person_title))
}

/// True when the phrase, read as a subject, clearly is not an issuer's name
/// (it holds a reporting verb or a relative clause).
pub(super) fn is_clause(phrase: &str) -> bool {
    let s = clean(phrase);
    name_first(s).is_none() && REPORTING.is_match(s)
}

/// Trims punctuation, a leading bullet, adverbial phrase or `This was stated
/// by`, and trailing dates and adverbs (`… on Thursday`, `… jointly`).
fn clean(phrase: &str) -> &str {
    let mut s = phrase
        .trim()
        .trim_start_matches(['-', '–', '—', '•', '·', '*', ' '])
        .trim();
    for re in [&*LEADING_ADVERBIAL, &*LEADING_PASSIVE] {
        if let Some(m) = re.find(s) {
            s = s.get(m.end()..).unwrap_or(s);
        }
    }
    for _ in 0..4 {
        let before = s.len();
        if let Some(m) = TRAILING_DATE.find(s) {
            s = s.get(..m.start()).unwrap_or(s);
        }
        s = s.trim().trim_end_matches([',', ';']).trim();
        if s.len() == before {
            break;
        }
    }
    s
}

fn is_pronoun(s: &str) -> bool {
    matches!(
        s.to_ascii_lowercase().as_str(),
        "he" | "she" | "it" | "they" | "we" | "i" | "this" | "these" | "that" | "those" | "one"
    )
}

/// `Name, position` (the position may hold commas: `…, Ministry of Foreign
/// Affairs of …`), or a bare name.
fn name_first(s: &str) -> Option<Speaker> {
    // `Kim Jong Un at the 8th Party Congress`: a name and the occasion.
    if let Some(name) = name::name_occasion(s).and_then(|end| s.get(..end))
        && is_korean_name(name)
    {
        return Some(Speaker {
            name: Some(name.to_owned()),
            position: None,
        });
    }
    let (end, pos) = name::name_first(s)?;
    let name = s.get(..end)?;
    let pos = pos
        .and_then(|(a, b)| s.get(a..b))
        .map(|m| m.trim().trim_end_matches(',').trim())
        .filter(|p| !p.is_empty());
    let ok = is_korean_name(name)
        || (is_foreign_name(name) && pos.is_some_and(starts_with_person_title));
    if !ok {
        return None;
    }
    Some(Speaker {
        name: Some(name.to_owned()),
        position: pos.map(|p| cut_second_person(p).to_owned()),
    })
}

/// `DPRK Foreign Minister Choe Son Hui`: a name at the end after title words.
fn position_first(s: &str) -> Option<Speaker> {
    // Only the first of several (`… Choe Son Hui and Defence Minister …`).
    let mut from = 0;
    let mut candidates = vec![s];
    while let Some(i) = s.get(from..).and_then(|r| r.find(" and ")) {
        candidates.push(s.get(..from + i).unwrap_or(s));
        from += i + 5;
    }
    candidates.sort_by_key(|c| c.len());
    candidates.into_iter().find_map(position_first_single)
}

/// Honorifics before a leader's name are not a position.
const HONORIFICS: &[&str] = &[
    "respected",
    "comrade",
    "dear",
    "beloved",
    "great",
    "esteemed",
    "the",
];

fn position_first_single(s: &str) -> Option<Speaker> {
    let words: Vec<(usize, &str)> = s
        .split(' ')
        .scan(0usize, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    for n in [3usize, 2] {
        let Some(split) = words.len().checked_sub(n) else {
            continue;
        };
        if split == 0 {
            continue;
        }
        let (name_start, _) = *words.get(split)?;
        let name = s.get(name_start..)?.trim();
        let before = s.get(..name_start)?.trim().trim_end_matches(',').trim();
        let prev = before.rsplit(' ').next().unwrap_or("");
        if prev.is_empty() || prev.chars().next().is_some_and(char::is_lowercase) {
            // `Mission of Kim Il Sung …`: a name after a function word is not
            // the issuer's name. Lowercase titles are fine (`vice-minister`).
            if matches!(
                prev,
                "" | "of" | "for" | "the" | "to" | "and" | "by" | "on" | "at" | "in" | "from"
            ) {
                continue;
            }
        }
        let prev_is_title = TITLE_WORDS.contains(&prev.to_ascii_lowercase().as_str());
        if is_korean_name(name) || (prev_is_title && is_foreign_name(name)) {
            let honorific_only = before
                .split_whitespace()
                .all(|w| HONORIFICS.contains(&w.to_ascii_lowercase().as_str()));
            return Some(Speaker {
                name: Some(name.to_owned()),
                position: (!honorific_only).then(|| strip_honorifics(before).to_owned()),
            });
        }
    }
    None
}

/// `Kim Yo Jong`, `Ri Son Gwon`, `Kim Jong-un`: a family name and romanised
/// syllables.
pub(super) fn is_korean_name(name: &str) -> bool {
    let parts: Vec<&str> = name.split_whitespace().collect();
    if !(2..=3).contains(&parts.len()) {
        return false;
    }
    let Some((family, given)) = parts.split_first() else {
        return false;
    };
    if !SURNAMES.contains(family) {
        return false;
    }
    let mut syllables = 0;
    for p in given {
        for syl in p.split('-') {
            if syl.len() > 6 || !name::is_syllable(syl) {
                return false;
            }
            syllables += 1;
        }
    }
    (1..=3).contains(&syllables) && given.first().is_some_and(|g| starts_upper(g))
}

fn is_foreign_name(name: &str) -> bool {
    let parts: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&parts.len())
        && parts
            .iter()
            .all(|p| starts_upper(p) && p.chars().skip(1).any(char::is_lowercase))
        && !parts.iter().any(|p| {
            matches!(
                *p,
                "The" | "Of" | "For" | "DPRK" | "Korea" | "Korean" | "Ministry" | "Committee"
            )
        })
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn starts_with_person_title(pos: &str) -> bool {
    pos.split_whitespace()
        .take(6)
        .any(|w| PERSON_WORDS.contains(&w.trim_matches(',').to_ascii_lowercase().as_str()))
}

/// True when the phrase names a person by title: the last word before its first
/// `of`/`for`/`to`/`,` is a person's title (`spokesman`, `chief`, `director
/// general`).
fn is_person_title(phrase: &str) -> bool {
    let p = strip_article(phrase);
    let lower = p.to_ascii_lowercase();
    let head_end = [" of ", " for ", " to ", " at ", " in ", " on ", ",", " ("]
        .iter()
        .filter_map(|sep| lower.find(sep))
        .min()
        .unwrap_or(lower.len());
    let head = lower.get(..head_end).unwrap_or(&lower);
    let last = head
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches("'s")
        .trim_end_matches("’s");
    PERSON_WORDS.contains(&last) || last.starts_with("spokes")
}

/// `Respected Supreme Leader` → `Supreme Leader`; `The DPRK Foreign Minister` →
/// `DPRK Foreign Minister`.
fn strip_honorifics(s: &str) -> &str {
    let mut s = s.trim();
    while let Some((first, rest)) = s.split_once(' ') {
        if HONORIFICS.contains(&first.to_ascii_lowercase().as_str()) {
            s = rest.trim_start();
        } else {
            break;
        }
    }
    s
}

fn strip_article(s: &str) -> &str {
    for a in ["A ", "An ", "The ", "a ", "an ", "the "] {
        if let Some(rest) = s.strip_prefix(a) {
            return rest.trim_start();
        }
    }
    s
}

/// The first of several issuers named together (`The British Group …, the
/// British Association … and the …`).
fn first_of_several(s: &str) -> &str {
    let cut = [", the ", ", and the ", " and the ", ", The "]
        .iter()
        .filter_map(|sep| s.find(sep))
        .min();
    match cut {
        Some(i) => s.get(..i).unwrap_or(s),
        None => s,
    }
}

/// A position up to a second named person (`minister of …, and Pak Jong Chon, …`).
fn cut_second_person(pos: &str) -> &str {
    let mut from = 0;
    while let Some(i) = pos.get(from..).and_then(|r| r.find(" and ")) {
        let at = from + i;
        let after = pos.get(at + 5..).unwrap_or("");
        let next: Vec<&str> = after
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .take(3)
            .collect();
        let candidate3 = next.join(" ");
        let candidate2 = next.get(..2).map(|w| w.join(" ")).unwrap_or_default();
        if is_korean_name(&candidate3) || is_korean_name(&candidate2) {
            return pos.get(..at).unwrap_or(pos).trim_end_matches(',').trim();
        }
        from = at + 5;
    }
    pos
}
