//! The parts of one match of a clause form: where the verb, the kind, its
//! tails and the issuer stand in the sentence.
//!
//! A regex with capture groups finds them by running its slowest engine over
//! the match; for the form nearly every statement uses (`… released the
//! following press statement …`) that costs more than the rest of the
//! statement together. [`verb_form`] finds the same parts with a few anchored
//! searches, each of which needs no capture groups.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::kind::{ADJ, KIND, MTAIL, QTAIL, WEEKDAY, gap_word};
use crate::extract::date::MONTH_ALT;

/// The issuing verbs of the verb form, in the order the form tries them.
pub(super) const VERB: &str = r"issued|issues|released|releases|made\s+public|makes\s+public|published|publishes|announced|announces|circulated|distributed|read\s+out|sent|sends|gave|gives|granted|delivered|delivers|made|makes|held|holds|had|has|carried|carries|contributed|contributes|received|receives|adopted|adopts";

/// The verb form: `<subject> [date] issued [date] the following <kind> [date]`.
pub(super) fn verb_form_pattern() -> String {
    let gap = gap_word();
    format!(
        r"(?i)(?-u:\b)(?P<verb>{VERB})\s+(?:{gap}\s+){{0,6}}(?P<kind>{KIND})(?-u:\b)(?P<q>{QTAIL})?(?P<m>{MTAIL})?"
    )
}

/// The following form up to its kind: `The following is the KCNA`.
fn following_head() -> String {
    format!(
        r"^\s*(?:The\s+following\s+(?:is|are)|Following\s+(?:is|are)|Follows|Here\s+(?:is|are)|(?:The\s+)?(?:full\s+)?text\s+of)\s+(?:(?:the|a|an)\s+)?(?:full\s+text\s+of\s+(?:(?:the|a|an)\s+)?)?(?P<agency>KCNA\s+|Korean\s+Central\s+News\s+Agency\s+)?(?:{ADJ}\s+){{0,3}}"
    )
}

/// The following form's issuer after its kind: ` of <issuer>, titled`, with
/// `repeat` the bounds on the issuer's length.
fn following_issuer(repeat: &str) -> String {
    format!(
        r"(?:\s+(?:contributed\s+|issued\s+|released\s+|made\s+|given\s+)?(?:of|by|from)\s+(?P<spk>[^:;]{repeat}?)(?:,?\s+(?:titled|entitled|under\s+the\s+title|which|issued|released|made\s+public|published|dated|says|said|reads|to\s+(?:a|the)\s+questions?|on\s+(?:{WEEKDAY}|{MONTH_ALT}))(?-u:\b)|\s*:?\s*$))"
    )
}

/// The following form: `The following is the <kind> of <issuer>`, `The full
/// text of an article contributed by <issuer>`.
pub(super) fn following_pattern() -> String {
    format!(
        r"(?i){}(?P<kind>{KIND})(?-u:\b)(?P<q>{QTAIL})?(?P<m>{MTAIL})?{}?",
        following_head(),
        following_issuer("{2,250}")
    )
}

/// The following form up to the end of its kind, with its groups.
static FOLLOWING_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i){}(?P<kind>{KIND})(?-u:\b)",
        following_head()
    ))
    .expect("valid regex")
});

/// The following form's issuer, anchored, with no upper bound on its length.
static FOLLOWING_ISSUER_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^{}", following_issuer("{2,}"))).expect("valid regex")
});

/// Longest issuer of the following form, in characters.
const FOLLOWING_ISSUER_MAX: usize = 250;

/// The groups of the following form for its match `start..end` in `sent`;
/// `None` if the parts found do not make up that match.
///
/// The head up to the kind is captured on its own (the rest of the form is
/// optional, so the first way through the head is kept), the tails are each
/// their own first match, and the issuer is captured with an unbounded
/// length: its first match is the form's when it is no longer than the
/// form's bound (any shorter way the bounded form could take, the unbounded
/// one would have taken first).
pub(super) fn following_form(sent: &str, start: usize, end: usize) -> Option<Groups> {
    let head = FOLLOWING_HEAD.captures(sent)?;
    let whole = head.get(0)?;
    if whole.start() != start {
        return None;
    }
    let kind = head.name("kind")?;
    let kind_end = kind.end();
    let (q, m) = tails(sent, kind_end)?;
    let issuer_start = m.or(q).map_or(kind_end, |t| t.1);
    let issuer = if starts_with_word(sent.get(issuer_start..)?, ISSUER_WORDS) {
        FOLLOWING_ISSUER_AT.captures(sent.get(issuer_start..)?)
    } else {
        None
    };
    let (spk, found_end) = match &issuer {
        Some(c) => {
            let spk = c.name("spk")?;
            if spk.as_str().chars().count() > FOLLOWING_ISSUER_MAX {
                return None;
            }
            let at = |i: usize| issuer_start + i;
            (Some((at(spk.start()), at(spk.end()))), at(c.get(0)?.end()))
        }
        None => (None, issuer_start),
    };
    (found_end == end).then_some(Groups {
        whole: (start, end),
        kind: Some((kind.start(), kind_end)),
        q,
        m,
        spk,
        agency: head.name("agency").map(|a| (a.start(), a.end())),
        ..Groups::default()
    })
}

/// A byte range in a sentence.
type Range = (usize, usize);

/// The words that begin a tail after a kind (`raised by KCNA`, `with KCNA`).
const QTAIL_WORDS: &[&str] = &["raised", "put", "asked", "posed", "given"];
const MTAIL_WORDS: &[&str] = &["with", "to", "by"];
/// The words that begin the following form's issuer (`contributed by`, `of`).
const ISSUER_WORDS: &[&str] = &[
    "contributed",
    "issued",
    "released",
    "made",
    "given",
    "of",
    "by",
    "from",
];

/// The tails after a kind that ends at `at`: each its own first match, the
/// second after the first.
fn tails(sent: &str, at: usize) -> Option<(Option<Range>, Option<Range>)> {
    let q = if starts_with_word(sent.get(at..)?, QTAIL_WORDS) {
        QTAIL_AT.find(sent.get(at..)?).map(|m| (at, at + m.end()))
    } else {
        None
    };
    let m_start = q.map_or(at, |q| q.1);
    let m = if starts_with_word(sent.get(m_start..)?, MTAIL_WORDS) {
        MTAIL_AT
            .find(sent.get(m_start..)?)
            .map(|m| (m_start, m_start + m.end()))
    } else {
        None
    };
    Some((q, m))
}

/// False when `s` cannot begin with white space and one of `words` followed
/// by more white space, as the tails and the issuer begin: its first word is
/// none of them (ASCII case aside), and holds nothing that the
/// case-insensitive patterns could read as their letters (`ſ` as `s`).
fn starts_with_word(s: &str, words: &[&str]) -> bool {
    let rest = s.trim_start();
    if rest.len() == s.len() {
        return false;
    }
    let word = rest.split(char::is_whitespace).next().unwrap_or("");
    !word.is_ascii() || words.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// False when a match of the verb form cannot hold a tail: none of its words
/// begins one (nor is `to` or `given`, which kinds hold), and it is ASCII.
fn may_hold_a_tail(text: &str) -> bool {
    !text.is_ascii()
        || text.split_whitespace().any(|w| {
            QTAIL_WORDS
                .iter()
                .chain(MTAIL_WORDS)
                .any(|t| w.eq_ignore_ascii_case(t))
        })
}

/// Byte ranges of a form's groups in the sentence it was matched in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Groups {
    pub(super) whole: (usize, usize),
    pub(super) verb: Option<(usize, usize)>,
    pub(super) kind: Option<(usize, usize)>,
    pub(super) q: Option<(usize, usize)>,
    pub(super) m: Option<(usize, usize)>,
    pub(super) spk: Option<(usize, usize)>,
    pub(super) agency: Option<(usize, usize)>,
    pub(super) by: Option<(usize, usize)>,
}

impl Groups {
    /// The groups of a match found with captures.
    pub(super) fn from_captures(c: &Captures<'_>) -> Option<Self> {
        let range = |name: &str| c.name(name).map(|m| (m.start(), m.end()));
        let whole = c.get(0)?;
        Some(Self {
            whole: (whole.start(), whole.end()),
            verb: range("verb"),
            kind: range("kind"),
            q: range("q"),
            m: range("m"),
            spk: range("spk"),
            agency: range("agency"),
            by: range("by"),
        })
    }
}

/// The verb alone, anchored.
static VERB_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{VERB})")).expect("valid regex"));

/// The verb form up to the end of its kind, anchored.
static VERB_KIND_AT: LazyLock<Regex> = LazyLock::new(|| {
    let gap = gap_word();
    Regex::new(&format!(
        r"(?i)^(?:{VERB})\s+(?:{gap}\s+){{0,6}}(?:{KIND})(?-u:\b)"
    ))
    .expect("valid regex")
});

/// A kind that ends the text, with the white space before it.
static KIND_AT_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\s(?:{KIND})$")).expect("valid regex"));

/// The tails after a kind, anchored.
static QTAIL_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{QTAIL})")).expect("valid regex"));
static MTAIL_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{MTAIL})")).expect("valid regex"));

/// The groups of the verb form
/// `(?i)(?-u:\b)(?P<verb>VERB)\s+(?:GAP\s+){0,6}(?P<kind>KIND)(?-u:\b)(?P<q>QTAIL)?(?P<m>MTAIL)?`
/// for its match `start..end` in `sent`; `None` if the parts found do not make
/// up that match (the caller then runs the captures).
///
/// Each part is what the whole regex takes for it, since the regex prefers
/// its alternatives left to right and its optional parts present:
/// - the verb is the first alternative that matches at the start: the only
///   verbs that begin another (`made` / `made public`) come after it, and
///   what follows the shorter one could not begin with `public`;
/// - the kind ends where the form without its tails ends (the tails are
///   optional, so the first way through the rest of the form is kept);
/// - the kind starts at the leftmost kind that ends there after white space:
///   of two such kinds one would end the other after a space, and only
///   `statement` ends another (`press statement`), whose `press` is no gap
///   word;
/// - each tail is its own first match where the previous part ends.
pub(super) fn verb_form(sent: &str, start: usize, end: usize) -> Option<Groups> {
    let rest = sent.get(start..)?;
    let verb_end = start + VERB_AT.find(rest)?.end();
    // Without a word that begins a tail (or one in a kind: `answers given
    // to …`), the match ends with its kind.
    let kind_end = if may_hold_a_tail(sent.get(start..end)?) {
        start + VERB_KIND_AT.find(rest)?.end()
    } else {
        end
    };
    let between = sent.get(verb_end..kind_end)?;
    let space = KIND_AT_END.find(between)?.start();
    let space_len = between.get(space..)?.chars().next()?.len_utf8();
    let kind_start = verb_end + space + space_len;
    let (q, m) = tails(sent, kind_end)?;
    (m.or(q).map_or(kind_end, |t| t.1) == end).then_some(Groups {
        whole: (start, end),
        verb: Some((start, verb_end)),
        kind: Some((kind_start, kind_end)),
        q,
        m,
        ..Groups::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentences built from the pieces of the verb form, with the words around
    /// it that could be mistaken for its parts.
    fn sentences() -> Vec<String> {
        const SUBJECTS: &[&str] = &["Kim Yo Jong", "A spokesman", "The ministry", "", "It"];
        const VERBS: &[&str] = &[
            "issued",
            "Released",
            "made public",
            "made",
            "makes  public",
            "read out",
            "sent",
            "received",
            "gave",
            "held",
            "had",
            "has",
            "carried",
            "contributed",
            "adopted",
            "iſſued",
            "MAKES",
            "publishes",
        ];
        const GAPS: &[&str] = &[
            "",
            "the following",
            "following",
            "the",
            "a",
            "an",
            "its",
            "on Sunday",
            "Saturday",
            "on March 20",
            "on Sept. 9,",
            "on the 20th",
            "today",
            "here",
            "at 10:00",
            "KCNA's",
            "KCNA",
            "a joint",
            "New Year's",
            "'crucial",
            "the full text of the",
            "text of a",
            "another",
            "press",
            "public",
        ];
        const KINDS: &[&str] = &[
            "press statement",
            "Press Statements",
            "statement",
            "statements",
            "memorandum",
            "memoranda",
            "commentary",
            "commentaries",
            "answer to a question",
            "answers given to the following questions",
            "reply to KCNA's question",
            "answer",
            "answers",
            "interview",
            "talk",
            "white paper",
            "report",
            "decision",
            "letters",
            "speech",
            "article",
            "press release",
            "news conference",
            "press conferences",
            "statementary",
            "talks",
        ];
        const TAILS: &[&str] = &[
            "",
            " raised by KCNA",
            " put by a KCNA reporter",
            " asked by ITAR-TASS",
            " posed by the Korean Central News Agency",
            " given by Rodong Sinmun reporters",
            " with KCNA",
            " with a KCNA reporter",
            " to Russian news agency TASS",
            " to the newspaper",
            " by Café Société TV",
            " with the Voice of Korea",
            " raised by KCNA with KCNA",
        ];
        const AFTER: &[&str] = &["", ":", ".", " on Sunday:", " of the DPRK.", "s", " to it"];
        let mut out = Vec::new();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut pick = |list: &[&'static str]| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            list[(seed >> 20) as usize % list.len()]
        };
        for _ in 0..20_000 {
            let mut s = format!("{} {}", pick(SUBJECTS), pick(VERBS));
            for _ in 0..(pick(&["0", "1", "2", "3", "7"])
                .parse::<usize>()
                .unwrap_or(0))
            {
                s.push(' ');
                s.push_str(pick(GAPS));
            }
            s.push(' ');
            s.push_str(pick(KINDS));
            s.push_str(pick(TAILS));
            s.push_str(pick(AFTER));
            if pick(&["", "", "x"]) == "x" {
                s.push_str(" and then sent a letter");
            }
            out.push(s);
        }
        out
    }

    #[test]
    fn following_form_finds_what_the_captures_find() {
        let re = Regex::new(&following_pattern()).unwrap();
        let intros = [
            "The following is",
            "  Following are",
            "Follows",
            "Here is",
            "The full text of",
            "text of",
            "The following is the full text of",
            "Here are",
        ];
        let articles = [
            "",
            " the",
            " a",
            " an",
            " the full text of the",
            " full text of",
        ];
        let agencies = ["", " KCNA", " Korean Central News Agency", " KCNA KCNA"];
        let adjectives = [
            "",
            " joint",
            " special open",
            " KCNA military new",
            " press",
        ];
        let kinds = [
            " statement",
            " press statement",
            " commentary",
            " article",
            " answers to questions",
            " memorandum",
            " report",
            " talk",
            " interview",
            " letter",
            " statementx",
        ];
        let tails = [
            "",
            " raised by KCNA",
            " with KCNA",
            " put by Rodong Sinmun reporters",
        ];
        // Longer than the form allows an issuer to be.
        let long = format!(" of a name{}", " and on".repeat(40));
        let issuers = [
            "",
            " of the DPRK Foreign Ministry",
            " contributed by Kim Yo Jong",
            " issued by X",
            " by the spokesman, titled",
            " of the spokesman which says",
            " from Y on Monday",
            " of the ministry: text",
            " of",
            " of  A",
            " by \"Rodong Sinmun\" dated",
            &long,
        ];
        let ends = ["", ":", " :", ".", " in full"];
        let mut matches = 0;
        let mut seed: u64 = 0x5851_f42d_4c95_7f2d;
        let mut pick = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 20) as usize % n
        };
        for _ in 0..20_000 {
            let s = [
                intros[pick(intros.len())],
                articles[pick(articles.len())],
                agencies[pick(agencies.len())],
                adjectives[pick(adjectives.len())],
                kinds[pick(kinds.len())],
                tails[pick(tails.len())],
                issuers[pick(issuers.len())],
                ends[pick(ends.len())],
            ]
            .concat();
            for m in re.find_iter(&s) {
                let want = re
                    .captures_at(&s, m.start())
                    .and_then(|c| Groups::from_captures(&c));
                let got = following_form(&s, m.start(), m.end());
                if got.is_some() || !s.contains("and on and on") {
                    assert_eq!(got, want, "{s:?}");
                }
                matches += 1;
            }
        }
        assert!(matches > 5_000, "{matches}");
    }

    #[test]
    fn verb_form_finds_what_the_captures_find() {
        let re = Regex::new(&verb_form_pattern()).unwrap();
        let mut matches = 0;
        for s in sentences() {
            for m in re.find_iter(&s) {
                let want = re
                    .captures_at(&s, m.start())
                    .and_then(|c| Groups::from_captures(&c));
                assert_eq!(verb_form(&s, m.start(), m.end()), want, "{s:?}");
                matches += 1;
            }
        }
        assert!(matches > 10_000, "{matches}");
    }
}
