//! The one error type of the crate.

use crate::model::Site;

/// A field of an article, as named in error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Field {
    /// The headline.
    Title,
    /// The article's paragraphs.
    Body,
    /// The publication date.
    Published,
}

impl Field {
    /// The field's name as it appears in the JSON form.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Body => "body",
            Field::Published => "published",
        }
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a page could not be read as an article.
///
/// Messages are lowercase and say what was missing and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input was empty or held only whitespace.
    #[error("empty input")]
    Empty,
    /// The input parsed, but the page holds no readable text.
    #[error("no text in the page")]
    NoText,
    /// The input is larger than [`Options::max_input_size`](crate::Options::max_input_size).
    #[error("input too large: {size} bytes, the limit is {limit} bytes")]
    InputTooLarge {
        /// The size of the input in bytes.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The page has text, but is not an article page (a listing, a home page, an
    /// error page): the named field could not be found.
    #[error("not an article: no {missing} found in the {site} page")]
    NotAnArticle {
        /// The layout the page was read with.
        site: Site,
        /// The field that is missing.
        missing: Field,
    },
}
