//! Statements: who issued the text, what kind of text it is, and the day it was
//! issued.
//!
//! One pass finds the *issuing clause* ([`clause`]): the sentence where the text
//! says who issued what (`A spokesman for the DPRK Foreign Ministry released the
//! following press statement on Sunday:`). Each field is then read from that
//! clause only:
//! - kind: the clause's own noun (the body wins over the headline); the headline
//!   only when the body has no clause (`Spokesman for … Releases Statement` over
//!   a narrative body);
//! - speaker: the clause's issuer ([`speaker`]), else the headline's; none for
//!   the agency's own commentary;
//! - issued: the date the clause gives ([`issued`]), else a signature line at the
//!   end of the text; `None` when neither gives one, or when a partial date has no
//!   reference date to take its year from.
//!
//! An ordinary news item has no clause and a headline that announces none: no
//! statement. Korean texts are read by [`korean`] with the same rules.

mod clause;
mod groups;
mod headline;
mod issued;
mod kind;
mod korean;
mod name;
mod sentence;
mod speaker;

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::model::{PressStatement, Speaker, StatementKind};
use clause::Issuer;

/// The first person named with a position and a speaking verb: who spoke at a
/// press conference whose clause names nobody.
static NAMED_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<np>[A-Z][a-z]*(?:\s+[A-Z][a-z'’-]+){1,2},\s+[^:;]{3,200}?),?\s+(?:said|told|made|answered|spoke|stressed|noted|briefed|announced|informed|clarified|declared|explained|revealed)(?-u:\b)")
        .expect("valid regex")
});

/// Reads the statement from the title and body paragraphs; `reference` is the date
/// that partial dates resolve against (the dateline date, else `published`).
#[cfg(test)]
pub(crate) fn extract(
    title: &str,
    body: &[String],
    reference: Option<NaiveDate>,
) -> Option<PressStatement> {
    extract_located(title, body, reference, None)
}

/// [`extract`], given the first paragraph without its dateline
/// ([`dateline::strip`](crate::extract::dateline::strip) of `body[0]`) when it
/// is already known.
pub(crate) fn extract_located(
    title: &str,
    body: &[String],
    reference: Option<NaiveDate>,
    first_rest: Option<&str>,
) -> Option<PressStatement> {
    if korean::is_korean(body) {
        return korean::extract(title, body, reference, first_rest);
    }
    let headline = headline::from_title(title);
    let title_speaker = || headline.and_then(|h| h.speaker).and_then(speaker::parse);
    let from_headline = |h: headline::TitleInfo<'_>| PressStatement {
        kind: h.kind,
        speaker: h.speaker.and_then(speaker::parse),
        issued: issued::at_end(body),
    };
    let Some((found, text, masked)) = clause::find(body, first_rest) else {
        return headline.map(from_headline);
    };
    // A KCNA commentary often opens by telling what someone else issued: its
    // headline's `KCNA Commentary` wins over a clause of another kind.
    if let Some(h) = headline.filter(|h| {
        h.kind == StatementKind::Commentary && h.speaker.is_none() && found.kind != h.kind
    }) {
        return Some(from_headline(h));
    }
    let speaker = match found.issuer {
        Issuer::Agency => None,
        Issuer::Phrase(s0, s1) => found.speaker(text, (s0, s1)).or_else(title_speaker),
        Issuer::Unnamed => {
            let named = (found.kind == StatementKind::PressConference)
                .then(|| conference_speaker(text, found.slots.sentence.1, body, found.paragraph))
                .flatten();
            named.or_else(title_speaker)
        }
    };
    let issued =
        issued::from_clause(&masked, found.slots, reference).or_else(|| issued::at_end(body));
    Some(PressStatement {
        kind: found.kind,
        speaker,
        issued,
    })
}

/// The first named speaker after a press conference's clause: in the rest of its
/// paragraph or the next one.
fn conference_speaker(
    text: &str,
    from: usize,
    body: &[String],
    paragraph: usize,
) -> Option<Speaker> {
    let rest = text.get(from..).into_iter();
    let next = body.get(paragraph + 1).map(String::as_str).into_iter();
    rest.chain(next).find_map(|t| {
        NAMED_SPEAKER
            .captures_iter(t)
            .filter_map(|c| c.name("np").and_then(|m| speaker::parse(m.as_str())))
            .find(|s| s.name.is_some())
    })
}

#[cfg(test)]
mod tests;
