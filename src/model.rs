//! The typed data that comes out of a page.
//!
//! With the `serde` feature every type here serializes to the JSON form that
//! `SCHEMA.md` fixes as a contract with outside tools: the same keys, snake_case
//! value spellings, ISO dates and explicit `null`s.

use chrono::NaiveDate;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// Which page layout an [`Article`] was read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub enum Site {
    /// KCNA Watch (kcnawatch.org), the aggregator: `"kcnawatch"`.
    #[cfg_attr(feature = "serde", serde(rename = "kcnawatch"))]
    KcnaWatch,
    /// KCNA's own site, kcna.kp: `"kcna_kp"`.
    #[cfg_attr(feature = "serde", serde(rename = "kcna_kp"))]
    KcnaKp,
    /// Voice of Korea, vok.rep.kp: `"vok"`.
    #[cfg_attr(feature = "serde", serde(rename = "vok"))]
    Vok,
    /// The kcna.co.jp archive (1996–2010s): `"kcna_co_jp"`.
    #[cfg_attr(feature = "serde", serde(rename = "kcna_co_jp"))]
    KcnaCoJp,
    /// Rodong Sinmun, rodong.rep.kp: `"rodong"`.
    #[cfg_attr(feature = "serde", serde(rename = "rodong"))]
    Rodong,
    /// Any other page (reprints, saved copies), read by the generic extractor: `"generic"`.
    #[cfg_attr(feature = "serde", serde(rename = "generic"))]
    Generic,
}

impl Site {
    /// Every layout, in the order detection tries them (the generic one last).
    pub const ALL: [Site; 6] = [
        Site::KcnaWatch,
        Site::KcnaKp,
        Site::Vok,
        Site::KcnaCoJp,
        Site::Rodong,
        Site::Generic,
    ];

    /// The JSON spelling of the site (`"kcnawatch"`, `"kcna_kp"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Site::KcnaWatch => "kcnawatch",
            Site::KcnaKp => "kcna_kp",
            Site::Vok => "vok",
            Site::KcnaCoJp => "kcna_co_jp",
            Site::Rodong => "rodong",
            Site::Generic => "generic",
        }
    }
}

impl std::fmt::Display for Site {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One article read from a page.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Article {
    /// The page layout that was recognised.
    pub site: Site,
    /// ISO 639-1 code of the article text (`"en"`, `"ko"`, `"zh"`, `"ru"`, `"es"`, `"ja"`).
    pub language: Option<String>,
    /// The original publisher, normalised (`"KCNA"`, `"Voice of Korea"`, `"Rodong Sinmun"` …).
    pub outlet: Option<String>,
    /// The headline, whitespace-normalised, without a site suffix.
    pub title: String,
    /// The original outlet's publication date.
    pub published: Option<NaiveDate>,
    /// The page header's date: the day the page was served (KCNA Watch).
    pub as_of: Option<NaiveDate>,
    /// The dispatch's dateline (`Pyongyang, May 29 (KCNA) --`), when the text has one.
    pub dateline: Option<Dateline>,
    /// Link to the original outlet's page ("Read original version at source").
    pub original_url: Option<String>,
    /// The page's own address, from `link rel=canonical` or `og:url`.
    pub canonical_url: Option<String>,
    /// The article's paragraphs in order, without page chrome; the dateline stays at
    /// the start of the first paragraph.
    pub body: Vec<String>,
    /// Links to other articles that the page lists ("More From …" cards, latest news).
    pub related: Vec<RelatedLink>,
    /// Who issued the text, what kind of text it is and when it was issued, when the
    /// text is a statement by an issuer; `None` for ordinary news items.
    pub statement: Option<PressStatement>,
}

/// The dateline at the head of a dispatch: `Pyongyang, May 29 (KCNA) --`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Dateline {
    /// The dateline verbatim, as it stands in the first paragraph.
    pub text: String,
    /// The place (`"Pyongyang"`, `"Panmunjom"`, `"평양"` …).
    pub place: String,
    /// The agency in brackets (`"KCNA"`), when named.
    pub agency: Option<String>,
    /// The dispatch date with its year resolved from the page's date, or `None`
    /// when the page gives no date to take the year from.
    pub date: Option<NaiveDate>,
}

/// Another article that the page links to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct RelatedLink {
    /// The linked article's title.
    pub title: String,
    /// Absolute URL of the linked article.
    pub url: String,
    /// The date the page shows for it.
    pub date: Option<NaiveDate>,
    /// The teaser text the page shows for it (often cut mid-sentence).
    pub teaser: Option<String>,
}

/// A text issued by a person, a spokesperson or an institution.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct PressStatement {
    /// What kind of text it is.
    pub kind: StatementKind,
    /// Who issued it; `None` when the text names no issuer (a KCNA commentary).
    pub speaker: Option<Speaker>,
    /// The day it was issued as the text states it, resolved against the dateline
    /// date (else the publication date); `None` when the text states none.
    pub issued: Option<NaiveDate>,
}

/// The issuer of a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Speaker {
    /// The person's name (`"Kim Yo Jong"`); `None` for unnamed spokespersons and
    /// institutions.
    pub name: Option<String>,
    /// The position as the text writes it, or the institution.
    pub position: Option<String>,
}

/// The kind of an issued text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum StatementKind {
    /// A press statement.
    PressStatement,
    /// A statement (not a press statement).
    Statement,
    /// An answer to a question (of KCNA, of a reporter …).
    Answer,
    /// A talk or interview.
    Talk,
    /// A memorandum.
    Memorandum,
    /// A commentary (KCNA commentary, signed commentary, article of an analyst).
    Commentary,
    /// A report made public by an issuer.
    Report,
    /// A press release.
    PressRelease,
    /// A decision.
    Decision,
    /// A press conference.
    PressConference,
    /// A letter.
    Letter,
    /// A speech.
    Speech,
}

impl StatementKind {
    /// The JSON spelling (`"press_statement"`, `"answer"` …).
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::PressStatement => "press_statement",
            StatementKind::Statement => "statement",
            StatementKind::Answer => "answer",
            StatementKind::Talk => "talk",
            StatementKind::Memorandum => "memorandum",
            StatementKind::Commentary => "commentary",
            StatementKind::Report => "report",
            StatementKind::PressRelease => "press_release",
            StatementKind::Decision => "decision",
            StatementKind::PressConference => "press_conference",
            StatementKind::Letter => "letter",
            StatementKind::Speech => "speech",
        }
    }
}

impl std::fmt::Display for StatementKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
