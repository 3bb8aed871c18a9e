//! How a page is to be read: hints, a forced layout, limits.

use crate::dom::{self, Limits};
use crate::encoding;
use crate::error::{Error, Field};
use crate::extract;
use crate::model::{Article, Site};
use crate::site::{self, Page};
use crate::text;

/// The default for [`Options::max_input_size`]: 32 MiB.
pub const DEFAULT_MAX_INPUT_SIZE: usize = 32 * 1024 * 1024;
/// The default for [`Options::max_depth`]: 128 open elements (article pages
/// nest 20 to 60 deep; browsers stop nesting at 200 to 512).
pub const DEFAULT_MAX_DEPTH: usize = 128;
/// The default for [`Options::max_attributes`]: 128 attributes on one tag.
pub const DEFAULT_MAX_ATTRIBUTES: usize = 128;
/// The default for [`Options::max_nodes`]: 500 000 nodes (an article page has a
/// few thousand).
pub const DEFAULT_MAX_NODES: usize = 500_000;

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
    limits: Limits,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            site: None,
            max_input_size: DEFAULT_MAX_INPUT_SIZE,
            limits: Limits::default(),
        }
    }
}

impl Options {
    /// Default options: layout detected from the page, the default limits
    /// ([`DEFAULT_MAX_INPUT_SIZE`], [`DEFAULT_MAX_DEPTH`],
    /// [`DEFAULT_MAX_ATTRIBUTES`], [`DEFAULT_MAX_NODES`]).
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

    /// How deep elements may nest. Past it, a new element closes the innermost
    /// open one first, so deeper nesting becomes a run of siblings (browsers do
    /// the same): the text is kept, and parsing time stays linear in the input.
    #[must_use]
    pub fn max_depth(mut self, depth: usize) -> Self {
        self.limits.max_depth = depth.max(1);
        self
    }

    /// How many attributes of one tag are read; the rest of the tag's
    /// attributes are dropped (html5ever's cost per tag grows with the square
    /// of its attribute count).
    #[must_use]
    pub fn max_attributes(mut self, count: usize) -> Self {
        self.limits.max_attributes = count;
        self
    }

    /// How many nodes are built from a page (elements, text runs, comments;
    /// end tags count too). A page that needs more is read up to that point,
    /// as if it ended there.
    #[must_use]
    pub fn max_nodes(mut self, count: usize) -> Self {
        self.limits.max_nodes = count;
        self
    }

    /// Reads the first (usually the only) article of the page.
    pub fn parse(&self, html: &str) -> Result<Article, Error> {
        self.check_size(html.len())?;
        first(self.run(html, true))
    }

    /// Reads every article of the page (kcna.co.jp day pages hold several).
    pub fn parse_all(&self, html: &str) -> Result<Vec<Article>, Error> {
        self.check_size(html.len())?;
        self.run(html, false)
    }

    /// Reads the first article of a page given as bytes, in whatever encoding.
    ///
    /// The encoding is found in this order: a byte order mark; valid UTF-8 is
    /// UTF-8; a `<meta charset>` or `<meta http-equiv="Content-Type">` in the
    /// first 4096 bytes (a UTF-8 one included); else, for bytes that are not
    /// valid UTF-8 and declare nothing, UTF-8 when
    /// most of the non-ASCII bytes form UTF-8 sequences, EUC-KR when they form
    /// Korean syllables, and windows-1252 otherwise. Bytes the encoding cannot
    /// read become U+FFFD.
    ///
    /// ```
    /// // windows-1252 curly quotes, no declaration.
    /// let page = b"<title>A</title><h1>A</h1><div><p>\x93Long live\x94 he said.</p></div>";
    /// let article = kcna::Options::new().parse_bytes(page)?;
    /// assert_eq!(article.body, ["\u{201c}Long live\u{201d} he said."]);
    /// # Ok::<(), kcna::Error>(())
    /// ```
    pub fn parse_bytes(&self, bytes: &[u8]) -> Result<Article, Error> {
        self.check_size(bytes.len())?;
        first(self.run(&encoding::decode(bytes), true))
    }

    /// Reads every article of a page given as bytes; the encoding is found as
    /// in [`Options::parse_bytes`].
    pub fn parse_all_bytes(&self, bytes: &[u8]) -> Result<Vec<Article>, Error> {
        self.check_size(bytes.len())?;
        self.run(&encoding::decode(bytes), false)
    }

    fn check_size(&self, size: usize) -> Result<(), Error> {
        if size > self.max_input_size {
            return Err(Error::InputTooLarge {
                size,
                limit: self.max_input_size,
            });
        }
        Ok(())
    }

    fn run(&self, html: &str, first_only: bool) -> Result<Vec<Article>, Error> {
        if html.trim().is_empty() {
            return Err(Error::Empty);
        }
        let doc = dom::parse_html_with(html, &self.limits);
        let page = Page::new(&doc, self.url.as_deref());
        let (site, score) = match self.site {
            Some(forced) => (forced, site::SURE),
            None => site::detect(&page),
        };
        let base = page.address().map(str::to_owned);
        let mut result = read(site, &page, base.as_deref(), first_only);
        // A layout detected on weak evidence that finds no article gives way to
        // the generic reader; a page that is surely of its layout (a listing, a
        // home page of the site) is not an article.
        if result.is_err()
            && score < site::SURE
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

/// The first article of a non-empty result.
fn first(result: Result<Vec<Article>, Error>) -> Result<Article, Error> {
    let mut all = result?;
    all.truncate(1);
    all.pop().ok_or(Error::NoText)
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
