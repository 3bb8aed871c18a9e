//! Whether a page of no known layout is an article at all: a listing or home
//! page is made of headline links, an error page names its error in the title.
//! Only pages without a dateline come here: a dispatch is an article.

use std::sync::LazyLock;

use regex::Regex;

/// A title that names an HTTP error (`404 Not Found`, `Page not found`, `Error`).
static ERROR_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:(?:error\s+)?[45]\d\d(?-u:\b)|(?:page\s+|file\s+)?not\s+found(?-u:\b)|forbidden(?-u:\b)|access\s+denied(?-u:\b)|(?:internal\s+)?server\s+error(?-u:\b)|service\s+unavailable(?-u:\b)|bad\s+request(?-u:\b)|error(?-u:\b))",
    )
    .expect("valid regex")
});

/// An error page keeps to a few lines of text.
const ERROR_PAGE_TEXT: usize = 600;
/// A listing links to at least this many headlines.
const LISTING_LINKS: usize = 8;

/// True when the page reads as an error page or as a listing: its title names an
/// error over little text, or its headline links (`(count, characters)`) hold
/// more text than what was taken for its body.
pub(crate) fn is_not_an_article(
    title: &str,
    body: &[String],
    headline_links: (usize, usize),
) -> bool {
    let body_chars: usize = body.iter().map(|p| p.chars().count()).sum();
    if ERROR_TITLE.is_match(title) && body_chars < ERROR_PAGE_TEXT {
        return true;
    }
    let (count, chars) = headline_links;
    count >= LISTING_LINKS && chars > body_chars
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| (*x).to_owned()).collect()
    }

    /// Title, body, headline links (count, characters), expected answer.
    type Case = (&'static str, Vec<String>, (usize, usize), bool);

    #[test]
    fn pages_that_are_not_articles() {
        let cases: &[Case] = &[
            (
                "404 Not Found",
                v(&["The requested URL was not found on this server."]),
                (0, 0),
                true,
            ),
            (
                "Page not found",
                v(&["Sorry, nothing here."]),
                (3, 90),
                true,
            ),
            ("Error", v(&["Something went wrong."]), (0, 0), true),
            (
                "Newstream",
                v(&["Teaser one.", "Teaser two."]),
                (20, 900),
                true,
            ),
            // An article with a sidebar of headlines: the body holds more text.
            (
                "Banquets Given",
                v(&[&"word ".repeat(300)]),
                (12, 600),
                false,
            ),
            // Few headline links: not a listing, whatever the body.
            ("Short item", v(&["One line."]), (5, 200), false),
            // A title that only mentions an error is not an error page.
            ("Errors of the U.S. policy", v(&["Text."]), (0, 0), false),
            (
                "Error page with a long text",
                v(&[&"word ".repeat(200)]),
                (0, 0),
                false,
            ),
        ];
        for (title, body, links, want) in cases {
            assert_eq!(is_not_an_article(title, body, *links), *want, "{title}");
        }
    }
}
