//! The headline forms that announce an issued text (`Press Statement of …`,
//! `… Releases Statement`, `…: KCNA Commentary`).
//!
//! The two forms nearly every statement's headline takes (`<kind> of
//! <issuer>`, `<issuer> Issues <kind>`) and the letter's are read with anchored
//! searches and by hand rather than with captures, whose engine costs more on
//! a headline than the rest of its reading; each falls back to the captures
//! if its parts do not add up.

use std::sync::LazyLock;

use regex::Regex;

use super::clause::KEYWORDS;
use super::kind::classify;
use crate::model::StatementKind;

const TITLE_KIND: &str = r"Press\s+Statements?|Joint\s+Statements?|Statements?|Memorandum|Answers?|Press\s+Release|Decision|(?:Open\s+|Congratulatory\s+)?Letters?|Speech|Report|Talk|Interview|Commentary|Article|Press\s+Conference";

static TITLE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:(?:Full\s+)?Text\s+of\s+)?(?P<kind>{TITLE_KIND})\s+(?:of|by|from)\s+(?P<spk>.+?)\s*$"
    ))
    .expect("valid regex")
});
/// The verbs of [`TITLE_VERB`].
const TITLE_VERBS: &str =
    r"Issues?|Releases?|Makes?\s+Public|Publish(?:es)?|Gives?|Delivers?|Sends?|Holds?";
static TITLE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?P<spk>.+?)\s+(?:{TITLE_VERBS})\s+(?:a\s+|an\s+|the\s+)?(?:Joint\s+|Special\s+)?(?P<kind>{TITLE_KIND})(?-u:\b)"
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
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{TITLE_KIND})(?-u:\b)")).expect("valid regex"));

/// The parts of [`TITLE_VERB`] after the issuer: all of them, then each
/// anchored.
static TITLE_VERB_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\s+(?:{TITLE_VERBS})\s+(?:a\s+|an\s+|the\s+)?(?:Joint\s+|Special\s+)?(?:{TITLE_KIND})(?-u:\b)"
    ))
    .expect("valid regex")
});
static TITLE_VERB_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^\s+(?:{TITLE_VERBS})\s+")).expect("valid regex"));
static TITLE_ARTICLE_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:a\s+|an\s+|the\s+)").expect("valid regex"));
static TITLE_ADJECTIVE_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:Joint\s+|Special\s+)").expect("valid regex"));

/// The parts of [`TITLE_LETTER`]: up to its addressee, and the `from`.
static TITLE_LETTER_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:Congratulatory\s+|Open\s+)?Letters?\s+to\s+").expect("valid regex")
});
static TITLE_FROM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s+from\s+").expect("valid regex"));

/// The kind and the issuer of a [`TITLE_OF`] headline (`Press Statement of
/// …`), read with anchored searches instead of captures: the leading `Text of`
/// is taken when present (no kind begins with `Text` or `Full`), the kind is
/// its first alternative that matches (none begins another, and the longer
/// plural comes first), and the issuer is everything after `of` up to the
/// trailing white space. Falls back to the captures if a part disagrees.
fn title_of(title: &str) -> Option<(&str, &str)> {
    read(&TITLE_OF, title, title_of_parts)
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
    // Each of the other forms names its kind (or asks a question) with a word
    // of the body's keywords: a headline with none announces nothing.
    if !KEYWORDS.is_match(title) {
        return None;
    }
    if let Some((kind, spk)) = read(&TITLE_VERB, title, title_verb_parts)
        && let Some(kind) = classify(kind)
    {
        return Some(TitleInfo {
            kind,
            speaker: Some(spk),
        });
    }
    if let Some(c) = TITLE_POSSESSIVE.captures(title) {
        let kind = c.name("kind").and_then(|k| classify(k.as_str()));
        if let Some(kind) = kind {
            return Some(TitleInfo {
                kind,
                speaker: c.name("spk").map(|m| m.as_str()),
            });
        }
    }
    let fixed = [
        (&*TITLE_ANSWER, StatementKind::Answer),
        (&*TITLE_INTERVIEWED, StatementKind::Talk),
    ];
    if let Some(found) = fixed.into_iter().find_map(|(re, kind)| {
        re.captures(title).map(|c| TitleInfo {
            kind,
            speaker: c.name("spk").map(|m| m.as_str()),
        })
    }) {
        return Some(found);
    }
    read(&TITLE_LETTER, title, |t| Some(("", title_letter_parts(t)?))).map(|(_, spk)| TitleInfo {
        kind: StatementKind::Letter,
        speaker: Some(spk),
    })
}

/// The kind and issuer that `re` captures in the headline, read by `by_hand`
/// when it can (see the module documentation).
fn read<'a>(
    re: &Regex,
    title: &'a str,
    by_hand: impl Fn(&'a str) -> Option<(&'a str, &'a str)>,
) -> Option<(&'a str, &'a str)> {
    if !re.is_match(title) {
        return None;
    }
    by_hand(title).or_else(|| {
        let c = re.captures(title)?;
        let kind = c.name("kind").map_or("", |m| m.as_str());
        Some((kind, c.name("spk")?.as_str()))
    })
}

/// [`TITLE_VERB`] by hand, for a headline it matches: the issuer ends where
/// the rest of the form first matches; the kind follows the verb and the
/// article and adjective the form takes when it can.
fn title_verb_parts(title: &str) -> Option<(&str, &str)> {
    let first = title.chars().next()?;
    let tail = TITLE_VERB_TAIL.find_at(title, first.len_utf8())?;
    let spk = title.get(..tail.start())?;
    if spk.contains('\n') {
        return None;
    }
    let at = tail.start() + TITLE_VERB_AT.find(title.get(tail.start()..)?)?.end();
    'choice: for (article, adjective) in
        [(true, true), (true, false), (false, true), (false, false)]
    {
        let mut pos = at;
        for (wanted, re) in [
            (article, &*TITLE_ARTICLE_AT),
            (adjective, &*TITLE_ADJECTIVE_AT),
        ] {
            if wanted {
                match title.get(pos..).and_then(|r| re.find(r)) {
                    Some(m) => pos += m.end(),
                    None => continue 'choice,
                }
            }
        }
        let Some(kind) = title.get(pos..).and_then(|r| TITLE_KIND_AT.find(r)) else {
            continue;
        };
        let end = pos + kind.end();
        return (end == tail.end()).then(|| Some((title.get(pos..end)?, spk)))?;
    }
    None
}

/// [`TITLE_LETTER`]'s sender by hand, for a headline it matches: after the
/// first `from` that follows the addressee.
fn title_letter_parts(title: &str) -> Option<&str> {
    let head = TITLE_LETTER_HEAD.find(title)?.end();
    let first = title.get(head..)?.chars().next()?;
    let from = TITLE_FROM.find_at(title, head + first.len_utf8())?;
    let spk = title.get(from.end()..)?.trim_end();
    let between = title.get(head..from.start())?;
    (!spk.is_empty() && !spk.contains('\n') && !between.contains('\n')).then_some(spk)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every headline form needs a word of [`KEYWORDS`]: no headline that a
    /// form matches is passed over.
    #[test]
    fn every_form_needs_a_keyword() {
        let titles = [
            "Press Statement of Kim Yo Jong",
            "Spokesman for DPRK Foreign Ministry Issues Press Statement",
            "Japan Denies Past Crimes: KCNA Commentary",
            "Korean Central News Agency  commentary",
            "Kim Yo Jong's Press Statement",
            "Kim's Statement",
            "FM Spokesman Answers Question Raised by KCNA",
            "Director Replies to KCNA's Questions",
            "Vice-Minister Interviewed by KCNA",
            "Minister Gives Interview to KCNA",
            "Open Letter to Compatriots from Committee",
            "Letters to Kim Jong Un from Leaders",
            "Full Text of Memorandum of Institute",
            "Text of Decision of Presidium",
            "Ambassador Holds Press Conference",
            "Envoy Delivers Speech",
            "Institute Publishes White Paper Report",
            "Writer's Article",
            "Spokesman Releases Press Release",
            "Minister Has Talk",
            "Minister Has Tal\u{212a}",
            "\u{17f}tatement of Kim",
            "STATEMENT OF KIM",
            "Banquets Given in Celebration of New Year 2024",
            "",
        ];
        let forms = [
            &*TITLE_OF,
            &*TITLE_VERB,
            &*TITLE_ANSWER,
            &*TITLE_POSSESSIVE,
            &*TITLE_INTERVIEWED,
            &*TITLE_LETTER,
            &*TITLE_AGENCY_COMMENTARY,
            &*TITLE_KIND_AT,
        ];
        let mut matched = 0;
        for t in titles {
            for t in [t.to_owned(), format!("{t}: Text"), t.to_lowercase()] {
                if forms.iter().any(|re| re.is_match(&t)) {
                    matched += 1;
                    assert!(KEYWORDS.is_match(&t), "{t:?}");
                }
            }
        }
        assert!(matched > 40, "{matched}");
    }

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

    /// Each part read by hand is what the captures give, wherever the form
    /// matches: (matches, matches read by hand).
    fn check(
        re: &Regex,
        by_hand: impl Fn(&str) -> Option<(&str, &str)>,
        titles: &[String],
    ) -> (usize, usize) {
        let (mut matched, mut by_hand_too) = (0, 0);
        for title in titles {
            let title = title.trim();
            let Some(c) = re.captures(title) else {
                assert_eq!(read(re, title, &by_hand), None, "{title:?}");
                continue;
            };
            let kind = c.name("kind").map_or("", |m| m.as_str());
            let want = (kind, c.name("spk").unwrap().as_str());
            if let Some(got) = by_hand(title) {
                assert_eq!(got, want, "{title:?}");
                by_hand_too += 1;
            }
            assert_eq!(read(re, title, &by_hand), Some(want), "{title:?}");
            matched += 1;
        }
        (matched, by_hand_too)
    }

    #[test]
    fn verb_and_letter_headlines_read_as_the_captures() {
        let issuers = [
            "Spokesman for DPRK Foreign Ministry",
            "Kim Yo Jong",
            "DPRK Issues",
            "X",
            "Vice-Minister  Issues Statement and",
        ];
        let verbs = [
            " Issues ",
            " issue ",
            "  Releases\t",
            " Makes Public ",
            " Make  public ",
            " Publishes ",
            " Publish ",
            " Gives ",
            " Delivers ",
            " Sends ",
            " Holds ",
            " Issueſ ",
            " Issuer ",
        ];
        let objects = [
            "",
            "a ",
            "an ",
            "the ",
            "A Joint ",
            "Joint ",
            "Special ",
            "the Special ",
            "an an ",
        ];
        let kinds = [
            "Press Statement",
            "Joint Statement",
            "Statements",
            "Statement",
            "Answer",
            "Answers",
            "Press Release",
            "Open Letter",
            "Congratulatory Letters",
            "Letter",
            "Speech",
            "Report",
            "Interview",
            "Talk",
            "Commentary",
            "Article",
            "Press Conference",
            "Memorandum",
            "Statementx",
            "Decision",
            "ſtatement",
        ];
        let ends = ["", " on Anniversary", "s", " of Kim\nJong"];
        let mut titles = Vec::new();
        for i in issuers {
            for v in verbs {
                for o in objects {
                    for k in kinds {
                        for e in ends {
                            titles.push(format!("{i}{v}{o}{k}{e}"));
                        }
                    }
                }
            }
        }
        let (matched, by_hand) = check(&TITLE_VERB, title_verb_parts, &titles);
        assert!(matched > 3000 && by_hand == matched, "{matched} {by_hand}");

        let heads = [
            "Letter to ",
            "Letters to ",
            "Open Letter  to ",
            "Congratulatory Letter to ",
        ];
        let addressees = [
            "Kim Jong Un",
            "X",
            "the People from Abroad",
            "Kim\nJong Un",
            " ",
        ];
        let links = [" from ", "  From\t", " from", " fromage ", " from from "];
        let senders = [
            "Central Committee of AINDF",
            "a",
            "X  ",
            "A\nB",
            "Kim from Y",
        ];
        let mut titles = Vec::new();
        for h in heads {
            for a in addressees {
                for l in links {
                    for s in senders {
                        titles.push(format!("{h}{a}{l}{s}"));
                    }
                }
            }
        }
        fn letter(t: &str) -> Option<(&str, &str)> {
            Some(("", title_letter_parts(t)?))
        }
        let (matched, by_hand) = check(&TITLE_LETTER, letter, &titles);
        assert!(
            matched > 100 && by_hand * 10 > matched * 8,
            "{matched} {by_hand}"
        );
    }
}
