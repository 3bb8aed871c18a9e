//! `kcna` turns the HTML pages of North Korean state media — KCNA Watch, KCNA's own
//! site kcna.kp, Voice of Korea, the kcna.co.jp archive, Rodong Sinmun — into typed
//! data: an [`Article`] with its clean text, its dates kept apart (published, page
//! header, dateline, issued) and, for statements, who issued them and what kind of
//! text they are.
//!
//! It is a pure parsing library: a page's text in, typed data out, no I/O.
//!
//! ```
//! let html = r#"<html><head><title>Press statement | KCNA Watch</title></head><body>
//!   <h1>Press statement</h1>
//!   <p>Date: 24/02/2024 | Source: Voice of Korea (EN) |
//!      <a href="http://www.vok.rep.kp/x">Read original version at source</a></p>
//!   <div class="article-content">
//!     <p>A spokesman for the Foreign Ministry of the DPRK released the following
//!        press statement on February 23:</p>
//!     <p>The text of the statement.</p>
//!   </div></body></html>"#;
//! let article = kcna::parse(html)?;
//! assert_eq!(article.title, "Press statement");
//! assert_eq!(article.outlet.as_deref(), Some("Voice of Korea"));
//! assert_eq!(article.published.map(|d| d.to_string()).as_deref(), Some("2024-02-24"));
//! assert_eq!(article.body.len(), 2);
//! # Ok::<(), kcna::Error>(())
//! ```
//!
//! With the `serde` feature every public type serializes to the JSON form the
//! crate documents as a contract (`SCHEMA.md`).
//!
//! ## Bytes, encodings and hostile input
//!
//! Pages fetched by a crawler are bytes: [`parse_bytes`] and [`parse_all_bytes`]
//! find their encoding (byte order mark, valid UTF-8, `<meta charset>`, else a
//! fallback for undeclared legacy pages: windows-1252, or EUC-KR for Korean;
//! see [`Options::parse_bytes`]). Any input ends in an article or an [`Error`]
//! in time that grows about linearly with its size: [`Options`] bounds the input
//! size, the nesting depth, the attributes of one tag and the number of nodes
//! built, with defaults that no article page comes near.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::indexing_slicing))]

mod dom;
mod encoding;
mod error;
mod extract;
mod model;
mod options;
mod site;
mod text;

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

pub use error::{Error, Field};
pub use model::{Article, Dateline, PressStatement, RelatedLink, Site, Speaker, StatementKind};
pub use options::{
    DEFAULT_MAX_ATTRIBUTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_INPUT_SIZE, DEFAULT_MAX_NODES, Options,
};

/// Reads one article page with default [`Options`].
///
/// For pages that hold several articles (kcna.co.jp day pages) this is the first;
/// [`parse_all`] returns them all.
pub fn parse(html: &str) -> Result<Article, Error> {
    Options::new().parse(html)
}

/// Reads every article of a page with default [`Options`].
pub fn parse_all(html: &str) -> Result<Vec<Article>, Error> {
    Options::new().parse_all(html)
}

/// Reads one article page given as bytes, in whatever encoding, with default
/// [`Options`]; see [`Options::parse_bytes`] for how the encoding is found.
pub fn parse_bytes(bytes: &[u8]) -> Result<Article, Error> {
    Options::new().parse_bytes(bytes)
}

/// Reads every article of a page given as bytes with default [`Options`].
pub fn parse_all_bytes(bytes: &[u8]) -> Result<Vec<Article>, Error> {
    Options::new().parse_all_bytes(bytes)
}

/// The text of a page given as bytes, decoded as [`parse_bytes`] decodes it
/// (byte order mark, valid UTF-8, `<meta charset>`, then a fallback for
/// undeclared legacy bytes; see [`Options::parse_bytes`]).
///
/// ```
/// let text = kcna::decode(b"<meta charset=windows-1252><p>\x93Juche\x94</p>");
/// assert_eq!(text, "<meta charset=windows-1252><p>\u{201c}Juche\u{201d}</p>");
/// ```
pub fn decode(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    encoding::decode(bytes)
}
