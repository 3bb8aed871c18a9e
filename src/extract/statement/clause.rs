//! The issuing clause: the sentence in which the text says who issued what
//! (`Kim Yo Jong … issued the following press statement on Sunday:`).
//!
//! Every form is a regex over one sentence with quotations masked; the clause is
//! the earliest match in the earliest eligible sentence:
//! - the first sentence of the text may hold any form;
//! - the other sentences of the first paragraph only the core kinds (statement,
//!   press statement, memorandum, answer, talk, commentary, press release) by a
//!   person (named or by title: `A spokesman for …`), or a clause that
//!   introduces the text (`the following …`, ending in a colon);
//! - the second paragraph also the speaker-after-content form (`…, said a
//!   spokesman … in a statement`);
//! - later paragraphs (up to [`MAX_PARAGRAPHS`]) only a clause that introduces
//!   the text. A statement merely mentioned further down (a press review's bullet
//!   `The Institute … made public a press statement to inform …`) is not the
//!   text's own.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::sync::LazyLock;

use regex::Regex;

use super::groups::{self, Groups};
use super::issued::Slots;
use super::kind::{ADJ, KIND, MTAIL, QTAIL, classify, gap_word};
use super::sentence::{self, Span};
use super::speaker;
use crate::extract::dateline;
use crate::model::{Speaker, StatementKind};

/// Paragraphs searched for a clause that introduces the text.
pub(super) const MAX_PARAGRAPHS: usize = 8;
/// Longest paragraph read (longer ones are read up to here).
const MAX_PARAGRAPH_LEN: usize = 20_000;

const SAID: &str = r"said|says|stated|states|stressed|stresses|noted|notes|declared|declares|warned|warns|added|adds|asserted|asserts|pointed\s+out|points\s+out|urged|urges|insisted|insists|affirmed|emphasized|emphasised|claimed|clarified|censured|censures|denounced|denounces|condemned|condemns|slammed|slams|blasted|accused|criticized|criticised|ridiculed|refuted|rejected|branded|termed|called|calls|observed|observes|disclosed|exposed|lashed\s+out|hit\s+out|made\s+clear|went\s+on";

/// Who issued the text, as the clause shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Issuer {
    /// The clause names no issuer (`The following is the full text of the
    /// memorandum:`): the headline may.
    Unnamed,
    /// The agency itself (`KCNA commentary`): no speaker.
    Agency,
    /// The issuer's words: byte range in the paragraph.
    Phrase(usize, usize),
}

/// An issuing clause found in the body.
#[derive(Debug, Clone)]
pub(super) struct Clause {
    pub(super) kind: StatementKind,
    pub(super) issuer: Issuer,
    /// Index of the paragraph.
    pub(super) paragraph: usize,
    pub(super) slots: Slots,
    /// The subject read as the issuer: its byte range and how far it was read.
    subject: Option<Subject>,
}

impl Clause {
    /// The speaker that the issuer's words at `range` in `text` name.
    pub(super) fn speaker(&self, text: &str, range: (usize, usize)) -> Option<Speaker> {
        let phrase = text.get(range.0..range.1)?;
        match &self.subject {
            Some((at, named)) if *at == range => speaker::parse_named(phrase, named),
            _ => speaker::parse(phrase),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// `<subject> [date] issued [date] the following <kind> [date]`
    Verb,
    /// `<subject> answered the question(s) raised by KCNA`
    Answered,
    /// `<subject> was interviewed with/by a KCNA reporter`
    Interviewed,
    /// `<subject> [said] in a <kind>`
    InKind,
    /// `…, said <issuer> in a <kind>`
    SaidIssuerIn,
    /// `…, <the issuer> said in a <kind>`
    IssuerSaidIn,
    /// `In a <kind> issued on …, <issuer> said`
    LeadingIn,
    /// `Answering a question raised by KCNA on Monday, <issuer> said`
    LeadingAnswering,
    /// `The following is the <kind> of <issuer>`, `The full text of an article
    /// contributed by <issuer>`
    Following,
    /// `The <kind> [of <issuer>] was issued …`, `A press conference took place …`
    Passive,
    /// `KCNA is authorized to report …`
    Authorized,
    /// `… KCNA commentary …`
    AgencyCommentary,
}

static FORMS: LazyLock<Vec<(Form, Regex)>> = LazyLock::new(|| {
    let gap = gap_word();
    let tails = format!(r"(?P<q>{QTAIL})?(?P<m>{MTAIL})?");
    let kind = format!(r"(?P<kind>{KIND})(?-u:\b){tails}");
    let det = r"(?:(?:a|an|its|his|her|their)\s+)?";
    let specs: Vec<(Form, String)> = vec![
        (Form::Verb, groups::verb_form_pattern()),
        (
            Form::Answered,
            format!(
                r"(?i)(?-u:\b)(?P<verb>answered|answers|answering|replied\s+to|replies\s+to|replying\s+to)\s+(?:{gap}\s+){{0,4}}(?P<kind>questions?)(?-u:\b)(?P<q>{QTAIL})?"
            ),
        ),
        (
            Form::Interviewed,
            format!(
                r"(?i)(?-u:\b)(?P<verb>was|were|has\s+been|had\s+been)\s+(?P<kind>interview)ed(?-u:\b)(?P<m>{MTAIL})?"
            ),
        ),
        (
            Form::InKind,
            format!(r"(?i)(?-u:\b)(?:(?P<verb>{SAID})\s+)?(?-i:in)\s+{det}(?:{ADJ}\s+){{0,3}}{kind}"),
        ),
        (
            Form::SaidIssuerIn,
            format!(
                r"(?i),\s*(?:{SAID})\s+(?P<spk>[^:;]{{3,250}}?)\s+(?-i:in)\s+{det}(?:{ADJ}\s+){{0,3}}{kind}"
            ),
        ),
        (
            Form::IssuerSaidIn,
            format!(
                r"(?i),\s*(?P<spk>(?:the|a|an)\s+[^,:;]{{2,150}}?)\s+(?:{SAID})\s+(?-i:in)\s+{det}(?:{ADJ}\s+){{0,3}}{kind}"
            ),
        ),
        (
            Form::LeadingIn,
            format!(
                r"(?i)^\s*In\s+(?:(?:a|an|its|his|her|the)\s+)?(?:{ADJ}\s+){{0,3}}{kind}[^,]{{0,100}},\s+(?P<spk>[^:;]{{2,250}}?)\s+(?:{SAID})(?-u:\b)"
            ),
        ),
        (
            Form::LeadingAnswering,
            format!(
                r"(?i)^\s*(?P<kind>Answering|Replying\s+to)\s+(?:(?:a|the|KCNA['’]s)\s+)?questions?(?P<q>{QTAIL})?[^,]{{0,100}},\s+(?P<spk>[^:;]{{2,250}}?)\s+(?:{SAID})(?-u:\b)"
            ),
        ),
        (Form::Following, groups::following_pattern()),
        (
            Form::Passive,
            format!(
                r"(?i)^\s*(?:The|A|An)\s+(?:following\s+)?(?:{ADJ}\s+){{0,3}}(?P<kind>{KIND})(?-u:\b)(?P<q>{QTAIL})?(?:\s+(?:of|by)\s+(?P<spk>[^:;]{{2,200}}?))?\s+(?P<verb>(?:was|were|has\s+been|had\s+been)\s+(?:issued|released|made\s+public|published|announced|held|given|sent|delivered)|took\s+place|opened)(?-u:\b)(?:\s+by\s+(?P<by>[^:;,]{{2,200}}?)(?:\s+(?:on|at|as)\s|\s*[,.:;]|\s*$))?"
            ),
        ),
        (
            Form::Authorized,
            r"(?i)(?P<spk>(?-u:\b)(?:the\s+)?(?:KCNA|Korean\s+Central\s+News\s+Agency)(?:\s+\(KCNA\))?(?:\s+of\s+the\s+(?:DPRK|Democratic\s+People's\s+Republic\s+of\s+Korea))?)\s+(?:is|was|has\s+been)\s+authorized\s+to\s+(?P<kind>report|make\s+public|announce|release|publish)(?-u:\b)".to_owned(),
        ),
        (
            Form::AgencyCommentary,
            r"(?i)(?-u:\b)(?:KCNA|Korean\s+Central\s+News\s+Agency)\s+(?P<kind>commentary|commentator)(?-u:\b)"
                .to_owned(),
        ),
    ];
    specs
        .into_iter()
        .map(|(f, s)| (f, Regex::new(&s).expect("valid regex")))
        .collect()
});

/// Subjects whose statements the agency reports and answers but never issues as
/// its own text (`The U.S. said in a statement …`, `Japan's Prime Minister …`).
static OPPONENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[Tt]he\s+)?(?:U\.\s?S\.|US(?-u:\b)|United\s+States|American|Japan|Japanese|[Ss]outh\s+Korea|ROK(?-u:\b)|[Pp]uppet|NATO|Pentagon|White\s+House|State\s+Department|UN\s+Security\s+Council|IAEA|EU(?-u:\b)|European)")
        .expect("valid regex")
});

static LETTER_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*from\s+(?P<spk>.+?)(?:\s+on\s|\s*,|\s+(?:which|that|saying|expressing|wishing|in\s+which|in\s+reply|in\s+connection|to\s+mark)(?-u:\b)|\s*[.:;]?\s*$)")
        .expect("valid regex")
});

/// What may end the sender after `from` in [`LETTER_FROM`].
static LETTER_FROM_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+on\s|\s*,|\s+(?:which|that|saying|expressing|wishing|in\s+which|in\s+reply|in\s+connection|to\s+mark)(?-u:\b)|\s*[.:;]?\s*$")
        .expect("valid regex")
});

/// The sender's byte range in `rest` (the sentence after `received a letter`)
/// as [`LETTER_FROM`] captures it: after `from` and its white space, up to the
/// first place where one of its endings matches (the sender is as short as
/// it can be).
fn letter_from(rest: &str) -> Option<(usize, usize)> {
    if !LETTER_FROM.is_match(rest) {
        return None;
    }
    letter_from_parts(rest).or_else(|| {
        let spk = LETTER_FROM.captures(rest)?.name("spk")?;
        Some((spk.start(), spk.end()))
    })
}

/// [`letter_from`] by hand, for a text that [`LETTER_FROM`] matches; `None`
/// where it cannot tell (a line break in the sender).
fn letter_from_parts(rest: &str) -> Option<(usize, usize)> {
    let after = rest.trim_start().strip_prefix("from")?;
    let name = after.trim_start();
    if name.len() == after.len() {
        return None;
    }
    let start = rest.len() - name.len();
    let first = name.chars().next()?;
    let end = LETTER_FROM_END
        .find_at(rest, start + first.len_utf8())?
        .start();
    (!rest.get(start..end)?.contains('\n')).then_some((start, end))
}

/// Finds the issuing clause in the body, if the text has one: the clause, the
/// paragraph as analysed (dateline removed) and its masked copy. `first_rest`
/// is the first paragraph without its dateline, when already known.
pub(super) fn find<'a>(
    body: &'a [String],
    first_rest: Option<&'a str>,
) -> Option<(Clause, &'a str, Cow<'a, str>)> {
    // A heading repeated as the first paragraph, or a dateline standing alone:
    // the text starts after it.
    // The first two paragraphs without their datelines, each found once.
    let stripped: [OnceCell<&str>; 2] = [OnceCell::new(), OnceCell::new()];
    if let (Some(rest), Some(cell)) = (first_rest, stripped.first()) {
        let _ = cell.set(rest);
    }
    let strip = |i: usize, p: &'a str| match stripped.get(i) {
        Some(cell) => *cell.get_or_init(|| dateline::strip(p)),
        None => dateline::strip(p),
    };
    let lead = body
        .iter()
        .take(2)
        .enumerate()
        .take_while(|&(i, p)| {
            let trimmed = p.trim();
            let is_heading = is_heading(trimmed, || {
                if trimmed.len() == p.len() {
                    strip(i, p)
                } else {
                    dateline::strip(trimmed)
                }
            });
            is_heading || strip(i, p).trim().is_empty()
        })
        .count()
        .min(body.len().saturating_sub(1));
    for (pi, full) in body.iter().enumerate().skip(lead).take(MAX_PARAGRAPHS) {
        let para = truncate(full, MAX_PARAGRAPH_LEN);
        let rel = pi - lead;
        // Past the first two paragraphs only a clause that introduces a text
        // counts (see `in_sentence`): a paragraph with no colon and none of
        // the words that introduce is not masked nor split.
        if rel >= 2 && !may_introduce(para) {
            continue;
        }
        let text = if rel != 0 {
            para
        } else if para.len() == full.len() {
            strip(pi, full)
        } else {
            dateline::strip(para)
        };
        let masked = sentence::mask_quotes(text);
        for (si, span) in sentence::split(&masked).enumerate() {
            if let Some(mut c) = in_sentence(text, &masked, span, rel, si, false) {
                c.paragraph = pi;
                return Some((c, text, masked));
            }
        }
    }
    None
}

/// True unless no sentence of the paragraph can introduce a text: one that
/// ends with a colon or holds `following`, `full text` or `as follows` (masking
/// quotations only turns text into spaces, so a test of the whole paragraph
/// holds for each of its masked sentences).
fn may_introduce(p: &str) -> bool {
    let b = p.as_bytes();
    memchr::memchr(b':', b).is_some() || (may_name_following(b) && INTRODUCES.is_match(p))
}

/// False when `b` cannot match [`INTRODUCES`]: each of its matches holds
/// `follow` or `full text` in some ASCII case (none of these letters has a
/// case variant outside ASCII).
fn may_name_following(b: &[u8]) -> bool {
    // Each word is found by its rarest letter, the one that ends it here.
    let ends = |i: usize, word: &[u8]| {
        (i + 1)
            .checked_sub(word.len())
            .and_then(|start| b.get(start..=i))
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    memchr::memchr2_iter(b'w', b'W', b).any(|i| ends(i, b"follow"))
        || memchr::memchr2_iter(b'x', b'X', b).any(|i| ends(i, b"full tex"))
}

/// The words of a sentence that introduces a text (see `in_sentence`).
static INTRODUCES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)following|full text|as follows").expect("valid regex"));

/// A short line without closing punctuation and without a dateline: a heading
/// (`Press Statement of Kim Yo Jong`), not the text's first paragraph. `p` is
/// trimmed; `stripped` gives it without its dateline.
fn is_heading<'a>(p: &'a str, stripped: impl FnOnce() -> &'a str) -> bool {
    p.split_whitespace().nth(25).is_none()
        && !p.ends_with(['.', ':', '!', '?', '"', '”', '’', '\'', ')'])
        && stripped().len() == p.len()
}

fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while end > 0 && !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// Words one of which every form needs (and every headline form, see
/// `headline`): most sentences of a news item have none, and are passed over
/// without running the forms.
pub(super) static KEYWORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)statement|memorand|commentar|commentat|answer|question|interview|talk|report|release|decision|letter|speech|article|conference|white\s+paper|authori[sz]ed")
        .expect("valid regex")
});

/// The earliest eligible clause of one sentence; `has_keyword` when a match of
/// [`KEYWORDS`] is known to lie within it.
fn in_sentence(
    text: &str,
    masked: &str,
    span: Span,
    pi: usize,
    si: usize,
    has_keyword: bool,
) -> Option<Clause> {
    let sent = masked.get(span.start..span.end)?;
    if !has_keyword && !KEYWORDS.is_match(sent) {
        return None;
    }
    let lower = sent.to_ascii_lowercase();
    let introduces = span.colon
        || lower.contains("following")
        || lower.contains("full text")
        || lower.contains("as follows");
    let mut found: Vec<(usize, Clause)> = Vec::new();
    // Looks at one match of a form; true when the form is done with.
    let take = |found: &mut Vec<(usize, Clause)>, form: Form, g: Groups| {
        let start = g.whole.0;
        if found.iter().any(|(s, _)| *s <= start) {
            return true;
        }
        let Some(clause) = build(form, &g, text, masked, span) else {
            return false;
        };
        let allowed = match (pi, si) {
            (0, 0) => true,
            (0, _) => introduces || (is_core(clause.kind) && names_a_person(text, &clause)),
            (1, _) => {
                introduces
                    || matches!(
                        form,
                        Form::SaidIssuerIn
                            | Form::IssuerSaidIn
                            | Form::LeadingIn
                            | Form::LeadingAnswering
                    )
            }
            _ => introduces,
        };
        if allowed {
            found.push((start, clause));
        }
        allowed
    };
    let plain = !sent.contains('\u{17f}') && !sent.contains('\u{212a}');
    for (form, re) in FORMS.iter() {
        // A clause at the sentence's start is the earliest: no later form
        // can come before it.
        if found.iter().any(|(s, _)| *s == 0) {
            break;
        }
        if !may_match(*form, sent, &lower, plain) {
            continue;
        }
        let by_parts = match form {
            Form::Verb => Some(groups::verb_form as fn(&str, usize, usize) -> Option<Groups>),
            Form::Following => Some(groups::following_form as _),
            _ => None,
        };
        if let Some(by_parts) = by_parts {
            for m in re.find_iter(sent) {
                let g = by_parts(sent, m.start(), m.end()).or_else(|| {
                    re.captures_at(sent, m.start())
                        .and_then(|c| Groups::from_captures(&c))
                });
                if g.is_some_and(|g| take(&mut found, *form, g)) {
                    break;
                }
            }
        } else {
            for c in re.captures_iter(sent) {
                if Groups::from_captures(&c).is_some_and(|g| take(&mut found, *form, g)) {
                    break;
                }
            }
        }
    }
    found.into_iter().min_by_key(|(s, _)| *s).map(|(_, c)| c)
}

/// False when the form cannot match the sentence, judged by a word it needs
/// (`lower`: the sentence in ASCII lowercase). A word with `k` or `s` is
/// trusted only in `plain` text, without `K` (Kelvin) or `ſ`, which the
/// case-insensitive forms read as those letters.
fn may_match(form: Form, sent: &str, lower: &str, plain: bool) -> bool {
    match form {
        Form::Authorized => lower.contains("authorized"),
        Form::AgencyCommentary => {
            lower.contains("comment")
                && (!plain || lower.contains("kcna") || lower.contains("korean"))
        }
        Form::Answered => {
            !plain
                || (lower.contains("question")
                    && (lower.contains("answer") || lower.contains("repl")))
        }
        Form::Interviewed => lower.contains("interviewed"),
        Form::SaidIssuerIn | Form::IssuerSaidIn => sent.contains(','),
        // The forms anchored at the start open with one of a few words.
        Form::LeadingIn => opens_with(sent, &[b"in"]),
        Form::LeadingAnswering => !plain || opens_with(sent, &[b"answering", b"replying"]),
        Form::Following => opens_with(sent, &[b"the", b"follow", b"here", b"full", b"text"]),
        Form::Passive => opens_with(sent, &[b"the", b"a"]),
        Form::Verb | Form::InKind => true,
    }
}

/// True when `sent`, after white space (which `\s` and `trim_start` read
/// alike), opens with one of `words` (ASCII lowercase) in any ASCII case.
fn opens_with(sent: &str, words: &[&[u8]]) -> bool {
    let lead = sent.trim_start().as_bytes();
    words.iter().any(|w| {
        lead.get(..w.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(w))
    })
}

/// True when the issuer is a person (named, or by title: `a spokesman for …`),
/// not a group of participants or an institution.
fn names_a_person(text: &str, clause: &Clause) -> bool {
    let Issuer::Phrase(s0, s1) = clause.issuer else {
        return false;
    };
    let Some(phrase) = text.get(s0..s1) else {
        return false;
    };
    match &clause.subject {
        Some((at, named)) if *at == (s0, s1) => speaker::is_person_named(phrase, named),
        _ => speaker::is_person(phrase),
    }
}

fn is_core(kind: StatementKind) -> bool {
    matches!(
        kind,
        StatementKind::PressStatement
            | StatementKind::Statement
            | StatementKind::Memorandum
            | StatementKind::Answer
            | StatementKind::Talk
            | StatementKind::Commentary
            | StatementKind::PressRelease
    )
}

/// Checks one match of a form and turns it into a clause.
fn build(form: Form, c: &Groups, text: &str, masked: &str, span: Span) -> Option<Clause> {
    let base = span.start;
    let (m0, m1) = (base + c.whole.0, base + c.whole.1);
    let kind_m = c.kind?;
    let kind_end = base + kind_m.1;
    let tail_end = [c.q, c.m]
        .into_iter()
        .flatten()
        .map(|t| base + t.1)
        .max()
        .unwrap_or(kind_end)
        .max(kind_end);
    let noun = masked.get(base + kind_m.0..kind_end)?.to_ascii_lowercase();
    let has_media = c.m.is_some();
    let mut kind = match form {
        Form::Answered | Form::LeadingAnswering => StatementKind::Answer,
        Form::Interviewed => StatementKind::Talk,
        Form::Authorized => StatementKind::Report,
        Form::AgencyCommentary => StatementKind::Commentary,
        _ => classify(&noun)?,
    };
    let verb = match c.verb {
        Some((v0, v1)) => Some((
            base + v0,
            masked.get(base + v0..base + v1)?.to_ascii_lowercase(),
        )),
        None => None,
    };
    // An interview or a talk is one given to the media, not talks between states;
    // a single talk that is issued or released (`released a talk`) is one too.
    let published_talk =
        noun == "talk" && verb.as_ref().is_some_and(|(_, v)| is_publishing_verb(v));
    if matches!(kind, StatementKind::Talk)
        && !has_media
        && !published_talk
        && !matches!(form, Form::Interviewed)
    {
        return None;
    }
    let subject = || -> (usize, usize) { (span.start, m0) };
    let mut after = tail_end;
    let mut verb_at = None;
    let mut subject_read = None;
    let mut by_subject = |(issuer, named)| {
        subject_read = named;
        issuer
    };
    let issuer = match form {
        Form::Verb => {
            let (vstart, v) = verb.clone()?;
            if !verb_allows(&v, kind) {
                return None;
            }
            verb_at = Some(vstart);
            if v.starts_with("receiv") {
                let rest = masked.get(tail_end..span.end)?;
                let (s0, s1) = letter_from(rest)?;
                after = tail_end + s1;
                Issuer::Phrase(tail_end + s0, tail_end + s1)
            } else {
                by_subject(subject_issuer(text, subject())?)
            }
        }
        Form::Answered | Form::Interviewed => {
            verb_at = verb.as_ref().map(|v| v.0);
            match by_subject(subject_issuer(text, subject())?) {
                // `Answering a question …, X said`: the issuer follows.
                Issuer::Unnamed => return None,
                issuer => issuer,
            }
        }
        Form::InKind => {
            if matches!(kind, StatementKind::Report | StatementKind::PressConference)
                || text.get(span.start..m0).is_none_or(|s| s.trim().is_empty())
            {
                return None;
            }
            verb_at = Some(m0);
            by_subject(subject_issuer(text, subject())?)
        }
        Form::SaidIssuerIn | Form::IssuerSaidIn | Form::LeadingIn | Form::LeadingAnswering => {
            let spk = c.spk?;
            if form == Form::IssuerSaidIn && starts_with_name_appositive(text, span.start, m0) {
                return None;
            }
            let (s0, s1) = (base + spk.0, base + spk.1);
            // The phrase must name an issuer, and not the other side.
            let phrase = text.get(s0..s1)?;
            speaker::parse(phrase)?;
            if OPPONENT.is_match(phrase) {
                return None;
            }
            if matches!(form, Form::LeadingIn | Form::LeadingAnswering) {
                after = m1;
            }
            Issuer::Phrase(s0, s1)
        }
        Form::Following | Form::Passive | Form::Authorized => {
            if form == Form::Passive {
                verb_at = verb.as_ref().map(|v| v.0);
                // After the verb, or after `by <issuer>` (whose end the match
                // overran by its terminator).
                after = c.by.map_or(m1, |b| base + b.1);
            }
            if c.agency.is_some() {
                Issuer::Agency
            } else if let Some(spk) = c.spk.or(c.by) {
                if c.by.is_none() {
                    after = after.max(base + spk.1);
                }
                Issuer::Phrase(base + spk.0, base + spk.1)
            } else {
                Issuer::Unnamed
            }
        }
        Form::AgencyCommentary => Issuer::Agency,
    };
    if form == Form::Authorized {
        kind = StatementKind::Report;
        after = m1;
    }
    let inner = match form {
        Form::LeadingIn
        | Form::LeadingAnswering
        | Form::Following
        | Form::Passive
        | Form::Authorized => (m0, m1),
        _ => (verb.map_or(m0, |v| v.0), tail_end),
    };
    Some(Clause {
        kind,
        issuer,
        paragraph: 0,
        slots: Slots {
            sentence: (span.start, span.end),
            verb: verb_at,
            inner,
            after,
        },
        subject: subject_read,
    })
}

/// Which kinds an issuing verb can take (`made a report` at a meeting is news;
/// `held talks` is diplomacy).
fn verb_allows(verb: &str, kind: StatementKind) -> bool {
    use StatementKind as K;
    let v = single_spaced(verb);
    match v.as_ref() {
        "sent" | "sends" | "received" | "receives" => kind == K::Letter,
        "gave" | "gives" | "granted" => {
            matches!(kind, K::Answer | K::Talk | K::Speech | K::PressConference)
        }
        "delivered" | "delivers" => matches!(kind, K::Speech | K::Statement),
        "made" | "makes" => matches!(kind, K::Speech | K::Statement | K::PressStatement),
        "held" | "holds" => kind == K::PressConference,
        "had" | "has" => kind == K::Talk,
        "carried" | "carries" | "contributed" | "contributes" => kind == K::Commentary,
        "adopted" | "adopts" => kind == K::Decision,
        _ if is_publishing_verb(&v) => !matches!(kind, K::PressConference | K::Speech),
        _ => !matches!(kind, K::PressConference | K::Talk | K::Speech),
    }
}

/// The words of `s` joined by single spaces.
fn single_spaced(s: &str) -> Cow<'_, str> {
    let spaced = !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        && !s.contains(|c: char| c.is_whitespace() && c != ' ');
    if spaced {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// Verbs that put a text out: `issued`, `released`, `made public`, `published`.
fn is_publishing_verb(verb: &str) -> bool {
    matches!(
        single_spaced(verb).as_ref(),
        "issued"
            | "issues"
            | "released"
            | "releases"
            | "made public"
            | "makes public"
            | "published"
            | "publishes"
    )
}

/// The subject before the verb as the issuer; `None` (no clause) when it reads
/// as a clause of its own (`Foreign media reported that …`) or names the other
/// side (`The U.S. said in a statement …`: the text is about that statement).
/// The subject's reading comes with it, for [`Clause::speaker`].
fn subject_issuer(text: &str, (s0, s1): (usize, usize)) -> Option<(Issuer, Option<Subject>)> {
    let subject = text.get(s0..s1)?;
    if subject.split_whitespace().nth(60).is_some() {
        return None;
    }
    let named = speaker::Named::read(subject);
    if named.is_clause(subject) || OPPONENT.is_match(subject) {
        return None;
    }
    if subject.trim().is_empty() {
        return Some((Issuer::Unnamed, None));
    }
    Some((Issuer::Phrase(s0, s1), Some(((s0, s1), named))))
}

/// A subject's byte range and its reading.
type Subject = ((usize, usize), speaker::Named);

/// True when the sentence opens with `Name, …` (then `…, the X said in` is
/// part of that name's appositive, not a second subject).
fn starts_with_name_appositive(text: &str, s0: usize, m0: usize) -> bool {
    let Some(head) = text.get(s0..m0) else {
        return false;
    };
    let head = head.trim_start();
    head.split_once(',')
        .is_some_and(|(name, _)| speaker::is_korean_name(name.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_late_paragraph_is_read_only_when_it_may_introduce_a_text() {
        let cases = [
            ("The spokesman said as follows:", true),
            ("The full text of the statement reads", true),
            ("It is reported AS FOLLOWS", true),
            ("In the following days the talks went on.", true),
            ("Time: 10:00", true),
            ("The statement was issued on Monday.", false),
            ("", false),
        ];
        for (p, want) in cases {
            assert_eq!(may_introduce(p), want, "{p}");
        }
        // The byte search passes over no paragraph that the regex matches.
        let tricky = [
            "FOLLOWING",
            "fOlLoWiNg",
            "follow",
            "follo",
            "FULL TEXT",
            "Full Text of",
            "full  text",
            "full\ttext",
            "fulltext",
            "ful text",
            "as follows",
            "AS FOLLOWS",
            "a\u{17f} follows",
            "aſ follows",
            "as folloWS.",
            "ffollowing",
            "éfollowingé",
            "f",
            "",
            "Kelvin \u{212a} following",
            "in the fo\u{301}llowing",
        ];
        for p in tricky {
            for s in [p.to_owned(), format!("x {p} y"), format!("{p}:")] {
                let want = s.contains(':') || INTRODUCES.is_match(&s);
                assert_eq!(may_introduce(&s), want, "{s:?}");
                if INTRODUCES.is_match(&s) {
                    assert!(may_name_following(s.as_bytes()), "{s:?}");
                }
            }
        }
        // A third paragraph introduces a text; a third that only issues one
        // does not count.
        let body = |third: &str| {
            vec![
                "Pyongyang, May 5 (KCNA) -- Talks were held.".to_owned(),
                "They went on.".to_owned(),
                third.to_owned(),
            ]
        };
        assert!(
            find(
                &body(
                    "A spokesman for the DPRK Foreign Ministry issued the following press statement:"
                ),
                None
            )
            .is_some()
        );
        assert!(
            find(
                &body(
                    "A spokesman for the DPRK Foreign Ministry issued a press statement on Monday."
                ),
                None
            )
            .is_none()
        );
    }

    #[test]
    fn letter_from_reads_as_the_captures() {
        let heads = [
            " from ",
            "from ",
            " from\t",
            "  from  ",
            " fromthe ",
            " From ",
            " from",
        ];
        let names = [
            "the Central Committee of the AINDF",
            "Kim Jong Un",
            "the President of Russia, Vladimir Putin",
            "X\nY",
            "",
            "a",
            " ",
        ];
        let ends = [
            "",
            ".",
            " on January 1.",
            " on the occasion of",
            ", expressing thanks.",
            " which says",
            " that",
            " in reply to his letter",
            " in connection with",
            " to mark the day",
            " saying",
            " wishing",
            " on",
            "  :  ",
            ";",
            " \n",
            " whichever",
            " in which",
        ];
        let mut matched = 0;
        for h in heads {
            for n in names {
                for e in ends {
                    for e2 in ["", " on Monday, which"] {
                        let rest = format!("{h}{n}{e}{e2}");
                        let want = LETTER_FROM.captures(&rest).map(|c| {
                            (c.name("spk").unwrap().start(), c.name("spk").unwrap().end())
                        });
                        assert_eq!(letter_from(&rest), want, "{rest:?}");
                        if want.is_some() && !n.contains('\n') && n.trim() == n && !n.is_empty() {
                            assert_eq!(letter_from_parts(&rest), want, "{rest:?}");
                            matched += 1;
                        }
                    }
                }
            }
        }
        assert!(matched > 100, "{matched}");
    }

    /// No form is passed over on a sentence it matches.
    #[test]
    fn word_checks_keep_every_match() {
        let sentences = [
            "KCNA is authorized to report that the meeting was held.",
            "The Korean Central News Agency is AUTHORIZED to make public the following.",
            "This is stated in a KCNA commentary on Monday.",
            "Korean Central News Agency commentator said so.",
            "KCNA commentator said so.",
            "The spokesman answered the questions raised by KCNA.",
            "The spokesman answered the queſtions raised by KCNA.",
            "The spokeſman anſwered a queſtion.",
            "The director replied to a question.",
            "Kim Yo Jong was interviewed by KCNA.",
            "The deal is bad, said a spokesman in a statement.",
            "The deal is bad, the spokesman said in a statement.",
            "A spokesman released a press statement.",
            "In a statement, the ministry said so.",
            " \u{a0}iN a statement issued on Monday, the ministry said so.",
            "The following is the press statement of the spokesman:",
            "THE FOLLOWING IS THE STATEMENT:",
            "Following is the statement of the ministry:",
            "Follows the full text of the memorandum:",
            "Here is the report of the institute:",
            "Full text of the memorandum of the institute:",
            "text of the letter from the committee",
            "The text of the speech of the premier:",
            "Answering a question raised by KCNA on Monday, the spokesman said so.",
            "ANSWERING the question, a spokesman said so.",
            "Replying to a question, the spokesman said so.",
            "The statement was issued by the ministry.",
            "A press conference took place on Monday.",
            "An article of the paper was published.",
            "\u{2003}The press statement was released.",
        ];
        let mut matched = 0;
        let mut opened = 0;
        for s in sentences {
            let lower = s.to_ascii_lowercase();
            let plain = !s.contains('\u{17f}') && !s.contains('\u{212a}');
            for (form, re) in FORMS.iter() {
                if re.is_match(s) {
                    matched += 1;
                    assert!(may_match(*form, s, &lower, plain), "{form:?} {s:?}");
                }
                let plain_opening =
                    matches!(form, Form::LeadingIn | Form::Following | Form::Passive);
                if re.is_match(s) && plain_opening {
                    opened += 1;
                }
            }
        }
        assert!(matched >= sentences.len(), "{matched}");
        assert!(opened >= 14, "{opened}");
    }
}
