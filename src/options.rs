//! How a page is to be read: hints, a forced layout, limits.

use crate::dom;
use crate::error::{Error, Field};
use crate::extract;
use crate::model::{Article, Site};
use crate::site::{self, Page};
use crate::text;

/// The default for [`Options::max_input_size`]: 32 MiB.
pub const DEFAULT_MAX_INPUT_SIZE: usize = 32 * 1024 * 1024;

/// Options for reading a page; a builder that ends in [`Options::parse`].
///
/// ```
/// let html = "<html><head><title>A | KCNA Watch</title></head><body>\
///     <h1>A</h1><p>Date: 24/02/2024 | Source: KCNA (En) | Read original version at source</p>\
///     <div class=\"article-content\"><p>Pyongyang, February 24 (KCNA) -- Text.</p></div>\
///     </body></html>";
/// let article = kcna::Options::new()
///     .url("https://kcnawatch.org/newstream/1708761610-371042889/a/")
///     .parse(html)?;
/// assert_eq!(article.site, kcna::Site::KcnaWatch);
/// # Ok::<(), kcna::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Options {
    url: Option<String>,
    site: Option<Site>,
    max_input_size: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            site: None,
            max_input_size: DEFAULT_MAX_INPUT_SIZE,
        }
    }
}

impl Options {
    /// Default options: layout detected from the page, 32 MiB input limit.
    pub fn new() -> Self {
        Self::default()
    }

    /// The page's address, as a hint for layout detection and to make relative
    /// links absolute.
    #[must_use]
    pub fn url(mut self, url: &str) -> Self {
        self.url = Some(url.to_owned());
        self
    }

    /// Read the page with this layout, whatever detection would say.
    #[must_use]
    pub fn site(mut self, site: Site) -> Self {
        self.site = Some(site);
        self
    }

    /// The largest input accepted, in bytes; a larger one is
    /// [`Error::InputTooLarge`].
    #[must_use]
    pub fn max_input_size(mut self, bytes: usize) -> Self {
        self.max_input_size = bytes;
        self
    }

    /// Reads the first (usually the only) article of the page.
    pub fn parse(&self, html: &str) -> Result<Article, Error> {
        let mut all = self.run(html, true)?;
        // `run` returns at least one article or an error.
        all.truncate(1);
        all.pop().ok_or(Error::NoText)
    }

    /// Reads every article of the page (kcna.co.jp day pages hold several).
    pub fn parse_all(&self, html: &str) -> Result<Vec<Article>, Error> {
        self.run(html, false)
    }

    fn run(&self, html: &str, first_only: bool) -> Result<Vec<Article>, Error> {
        if html.len() > self.max_input_size {
            return Err(Error::InputTooLarge {
                size: html.len(),
                limit: self.max_input_size,
            });
        }
        if html.trim().is_empty() {
            return Err(Error::Empty);
        }
        let doc = dom::parse_html(html);
        let page = Page {
            doc: &doc,
            url: self.url.as_deref(),
        };
        let site = self.site.unwrap_or_else(|| site::detect(&page));
        let base = page.address().map(str::to_owned);
        let mut result = read(site, &page, base.as_deref(), first_only);
        // A detected layout that finds no article gives way to the generic reader.
        if result.is_err()
            && self.site.is_none()
            && site != Site::Generic
            && let Ok(generic) = read(Site::Generic, &page, base.as_deref(), first_only)
        {
            result = Ok(generic);
        }
        if result.is_err() && !text::has_word(&doc.root().raw_text()) {
            return Err(Error::NoText);
        }
        result
    }
}

fn read(
    site: Site,
    page: &Page<'_>,
    base: Option<&str>,
    first_only: bool,
) -> Result<Vec<Article>, Error> {
    let mut raws = site::extract(site, page);
    if first_only {
        raws.truncate(1);
    }
    let mut articles = Vec::with_capacity(raws.len());
    let mut first_err = None;
    for raw in raws {
        match extract::build(site, raw, base) {
            Ok(a) => articles.push(a),
            Err(e) => {
                first_err.get_or_insert(e);
            }
        }
    }
    if articles.is_empty() {
        return Err(first_err.unwrap_or(Error::NotAnArticle {
            site,
            missing: Field::Body,
        }));
    }
    Ok(articles)
}
