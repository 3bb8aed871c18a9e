//! The vocabulary of issued texts: the regex fragments that name a kind of text,
//! the mapping of those words to a [`StatementKind`], and the headline forms
//! (`Press Statement of …`, `… Releases Statement`, `…: KCNA Commentary`).

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::date::MONTH_ALT;
use crate::model::StatementKind;

pub(super) const WEEKDAY: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

/// The noun of an issued text, as a regex alternation (case-insensitive use).
pub(super) const KIND: &str = r"press\s+statements?|press\s+releases?|(?:press|news)\s+conferences?|statements?|memorand(?:um|a)|commentar(?:y|ies)|(?:answers?|reply|replies)(?:\s+given)?\s+to\s+(?:(?:a|the|the\s+following|KCNA['’]s|its|his|her)\s+)?questions?|interview|talk|white\s+paper|report|decisions?|letters?|speech|article|answers?";

/// After an answer: `raised by KCNA`, `put by a KCNA reporter`, `asked by ITAR-TASS`.
pub(super) const QTAIL: &str = r"\s+(?:raised|put|asked|posed|given)\s+by\s+(?:(?:a|an|the)\s+)?(?:KCNA|Korean\s+Central\s+News\s+Agency|(?-i:[A-Z])[\w.&’'-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w.&’'-]*){0,4})(?:\s+(?:reporter|correspondent|journalist)s?)?";

/// After an interview or talk: whom it was given to (`with KCNA`, `with a KCNA
/// reporter`, `to Russian news agency TASS`).
pub(super) const MTAIL: &str = r"\s+(?:with|to|by)(?:\s+[\w’'.&-]+){0,5}?\s+(?:KCNA|Korean\s+Central\s+News\s+Agency|reporters?|correspondents?|journalists?|(?:news\s+)?agency|newspaper|magazine|TV|television|radio|Sinmun|Choson|Voice\s+of\s+Korea|TASS|Xinhua|media|press)(?-u:\b)(?:\s+reporters?)?";

/// Adjectives that stand between a determiner and the kind (`a joint statement`).
pub(super) const ADJ: &str = r"(?:following|joint|special|congratulatory|open|detailed|signed|new|urgent|brief|lengthy|important|crucial|solemn|formal|written|exclusive|full|another|latest|recent|short|KCNA|military)";

/// Words and date phrases that may stand between an issuing verb and the kind
/// (`released Saturday the following press statement`).
pub(super) fn gap_word() -> String {
    format!(
        r"(?:the\s+following|following|the|a|an|its|his|her|their|this|another|KCNA['’]s|KCNA|joint|special|congratulatory|New\s+Year(?:['’]s)?|open|detailed|signed|new|urgent|brief|lengthy|important|['‘]?crucial|solemn|formal|written|exclusive|full\s+text\s+of(?:\s+(?:the|a|an|its|his|her))?|text\s+of(?:\s+(?:the|a|an|its))?|(?:on\s+)?(?:{WEEKDAY}|(?:{MONTH_ALT})\s+\d{{1,2}}(?:st|nd|rd|th)?,?|the\s+\d{{1,2}}(?:st|nd|rd|th))(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|here|at\s+\d{{1,2}}[:.]\d{{2}})"
    )
}

/// The kind that the matched noun names.
pub(super) fn classify(noun: &str) -> Option<StatementKind> {
    let n = noun.to_ascii_lowercase();
    let k = if n.starts_with("press statement") {
        StatementKind::PressStatement
    } else if n.starts_with("press release") {
        StatementKind::PressRelease
    } else if n.contains("conference") {
        StatementKind::PressConference
    } else if n.contains("statement") {
        StatementKind::Statement
    } else if n.starts_with("memorand") {
        StatementKind::Memorandum
    } else if n.starts_with("commentar") || n.starts_with("article") {
        StatementKind::Commentary
    } else if n.starts_with("answer") || n.starts_with("repl") {
        StatementKind::Answer
    } else if n.starts_with("interview") || n.starts_with("talk") {
        StatementKind::Talk
    } else if n.starts_with("report") || n.starts_with("white") {
        StatementKind::Report
    } else if n.starts_with("decision") {
        StatementKind::Decision
    } else if n.contains("letter") {
        StatementKind::Letter
    } else if n.starts_with("speech") {
        StatementKind::Speech
    } else {
        return None;
    };
    Some(k)
}

const TITLE_KIND: &str = r"Press\s+Statements?|Joint\s+Statements?|Statements?|Memorandum|Answers?|Press\s+Release|Decision|(?:Open\s+|Congratulatory\s+)?Letters?|Speech|Report|Talk|Interview|Commentary|Article|Press\s+Conference";

static TITLE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:(?:Full\s+)?Text\s+of\s+)?(?P<kind>{TITLE_KIND})\s+(?:of|by|from)\s+(?P<spk>.+?)\s*$"
    ))
    .expect("valid regex")
});
static TITLE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?P<spk>.+?)\s+(?:Issues?|Releases?|Makes?\s+Public|Publish(?:es)?|Gives?|Delivers?|Sends?|Holds?)\s+(?:a\s+|an\s+|the\s+)?(?:Joint\s+|Special\s+)?(?P<kind>{TITLE_KIND})(?-u:\b)"
    ))
    .expect("valid regex")
});
static TITLE_ANSWER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?P<spk>.+?)\s+(?:Answers?|Replies\s+to)\s+(?:a\s+|the\s+)?(?:KCNA['’]s\s+)?Questions?(?-u:\b)")
        .expect("valid regex")
});
static TITLE_POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?P<spk>.+?)['’]s\s+(?P<kind>{TITLE_KIND})\s*$"
    ))
    .expect("valid regex")
});
static TITLE_INTERVIEWED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?P<spk>.+?)\s+(?:Interviewed\s+by|Gives\s+Interview\s+to|Has\s+Interview\s+with)\s+KCNA(?-u:\b)")
        .expect("valid regex")
});
static TITLE_LETTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:Congratulatory\s+|Open\s+)?Letters?\s+to\s+.+?\s+from\s+(?P<spk>.+?)\s*$")
        .expect("valid regex")
});
static TITLE_AGENCY_COMMENTARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:KCNA|Korean\s+Central\s+News\s+Agency)\s+Commentary(?-u:\b)")
        .expect("valid regex")
});

/// The start of [`TITLE_OF`] before its kind, and its kind, anchored.
static TITLE_OF_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:(?:Full\s+)?Text\s+of\s+)?").expect("valid regex"));
static TITLE_KIND_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{TITLE_KIND})")).expect("valid regex"));

/// The kind and the issuer of a [`TITLE_OF`] headline (`Press Statement of
/// …`), read with anchored searches instead of captures: the leading `Text of`
/// is taken when present (no kind begins with `Text` or `Full`), the kind is
/// its first alternative that matches (none begins another, and the longer
/// plural comes first), and the issuer is everything after `of` up to the
/// trailing white space. Falls back to the captures if a part disagrees.
fn title_of(title: &str) -> Option<(&str, &str)> {
    if !TITLE_OF.is_match(title) {
        return None;
    }
    title_of_parts(title).or_else(|| {
        let c = TITLE_OF.captures(title)?;
        Some((c.name("kind")?.as_str(), c.name("spk")?.as_str()))
    })
}

/// [`title_of`] by hand, for a headline that [`TITLE_OF`] matches.
fn title_of_parts(title: &str) -> Option<(&str, &str)> {
    let start = TITLE_OF_HEAD.find(title)?.end();
    let end = start + TITLE_KIND_AT.find(title.get(start..)?)?.end();
    let rest = title.get(end..)?;
    let word = rest.trim_start();
    if word.len() == rest.len() {
        return None;
    }
    let after = ["of", "by", "from"].iter().find_map(|w| {
        let head = word.get(..w.len())?;
        head.eq_ignore_ascii_case(w).then(|| word.get(w.len()..))?
    })?;
    let spk = after.trim_start();
    let spk_trimmed = spk.trim_end();
    if spk.len() == after.len() || spk_trimmed.is_empty() || spk_trimmed.contains('\n') {
        return None;
    }
    Some((title.get(start..end)?, spk_trimmed))
}

/// What a headline says: the kind it announces and the issuer's words, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TitleInfo<'a> {
    pub(super) kind: StatementKind,
    /// The issuer as the headline writes it; `None` when it names none (or names
    /// the agency itself: `KCNA Commentary`).
    pub(super) speaker: Option<&'a str>,
}

/// Reads a headline that announces an issued text.
pub(super) fn from_title(title: &str) -> Option<TitleInfo<'_>> {
    let title = title.trim();
    if title.len() > 400 {
        return None;
    }
    if TITLE_AGENCY_COMMENTARY.is_match(title) {
        return Some(TitleInfo {
            kind: StatementKind::Commentary,
            speaker: None,
        });
    }
    if let Some((kind, spk)) = title_of(title)
        && let Some(kind) = classify(kind)
    {
        return Some(TitleInfo {
            kind,
            speaker: Some(spk),
        });
    }
    for re in [&*TITLE_VERB, &*TITLE_POSSESSIVE] {
        if let Some(c) = re.captures(title) {
            let kind = c.name("kind").and_then(|k| classify(k.as_str()));
            if let Some(kind) = kind {
                return Some(TitleInfo {
                    kind,
                    speaker: c.name("spk").map(|m| m.as_str()),
                });
            }
        }
    }
    let fixed = [
        (&*TITLE_ANSWER, StatementKind::Answer),
        (&*TITLE_INTERVIEWED, StatementKind::Talk),
        (&*TITLE_LETTER, StatementKind::Letter),
    ];
    fixed.into_iter().find_map(|(re, kind)| {
        re.captures(title).map(|c| TitleInfo {
            kind,
            speaker: c.name("spk").map(|m| m.as_str()),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_of_reads_as_the_captures() {
        let heads = [
            "",
            "Text of ",
            "Full Text of ",
            "full  text of ",
            "Text of Text of ",
        ];
        let kinds = [
            "Press Statement",
            "press statements",
            "Joint Statement",
            "Statement",
            "Statements",
            "Memorandum",
            "Answer",
            "Answers",
            "Press Release",
            "Decision",
            "Open Letter",
            "Congratulatory Letters",
            "Letter",
            "Speech",
            "Report",
            "Reports",
            "Talk",
            "Interview",
            "Commentary",
            "Article",
            "Press Conference",
            "Statementx",
            "Spokesman",
        ];
        let links = [
            " of ",
            " by ",
            " From ",
            "  OF\t",
            " of",
            " offer ",
            " for ",
            "\u{a0}by ",
        ];
        let issuers = [
            "Kim Yo Jong",
            "Spokesman for DPRK Foreign Ministry",
            "X \n Y",
            "DPRK  ",
            "\n",
            "a",
            "of Kim",
        ];
        let mut matched = 0;
        for h in heads {
            for k in kinds {
                for l in links {
                    for i in issuers {
                        let title = format!("{h}{k}{l}{i}");
                        let title = title.trim();
                        let want = TITLE_OF.captures(title).map(|c| {
                            (
                                c.name("kind").unwrap().as_str(),
                                c.name("spk").unwrap().as_str(),
                            )
                        });
                        assert_eq!(title_of(title), want, "{title:?}");
                        if want.is_some() {
                            assert_eq!(title_of_parts(title), want, "{title:?}");
                        }
                        matched += usize::from(want.is_some());
                    }
                }
            }
        }
        assert!(matched > 1000, "{matched}");
    }
}
