//! The vocabulary of issued texts: the regex fragments that name a kind of text,
//! and the mapping of those words to a [`StatementKind`].

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
