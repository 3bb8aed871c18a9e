//! Text-level extraction, the same for every site: raw strings that a site module
//! found on its page become the typed fields of an [`Article`].
//!
//! No function here looks at the tree; every one reads text.

pub(crate) mod base64;
pub(crate) mod boilerplate;
pub(crate) mod date;
pub(crate) mod dateline;
pub(crate) mod page_kind;
pub(crate) mod reprint;
pub(crate) mod source;
pub(crate) mod statement;
pub(crate) mod url;

use crate::error::{Error, Field};
use crate::model::{Article, RelatedLink, Site};
use crate::site::{RawLink, RawPage};
use crate::text;

/// Turns the raw fields of one page (or one item of a page) into an [`Article`].
pub(crate) fn build(site: Site, raw: RawPage, base_url: Option<&str>) -> Result<Article, Error> {
    let title = raw
        .title
        .as_deref()
        .map(text::normalize)
        .unwrap_or_default();
    let headline_links = raw.headline_links;
    let body = boilerplate::clean_body(raw.body, raw.body_normalized);
    if body.is_empty() {
        return Err(Error::NotAnArticle {
            site,
            missing: Field::Body,
        });
    }
    if title.is_empty() {
        return Err(Error::NotAnArticle {
            site,
            missing: Field::Title,
        });
    }

    let first = body.first().map(String::as_str);
    let page_date = raw.published.as_deref().and_then(date::parse_page_date);
    // On a page of no known layout (a reprint, a blog, a saved copy) the page's
    // date is the hosting site's: it stands as `published` only when the text's
    // dateline agrees with it, and otherwise still gives the dateline its year.
    let published = if site == Site::Generic {
        page_date.filter(|d| reprint::page_date_agrees(*d, first))
    } else {
        page_date
    };
    let as_of = raw.as_of.as_deref().and_then(date::parse_page_date);
    let label = raw.source_label.as_deref();
    let outlet = raw
        .outlet
        .or_else(|| label.and_then(source::outlet_from_label).map(str::to_owned))
        .or_else(|| {
            first
                .and_then(reprint::outlet_from_dateline)
                .map(str::to_owned)
        });
    let language = raw
        .language
        .as_deref()
        .and_then(source::language_code)
        .or_else(|| label.and_then(source::language_from_label))
        .map(str::to_owned);

    // Located once: read here, and stripped from the text the statement reads.
    let located = first.map(dateline::Located::new);
    let dateline = located
        .as_ref()
        .and_then(|l| l.dateline(published.or(page_date)));
    if site == Site::Generic
        && dateline.is_none()
        && page_kind::is_not_an_article(&title, &body, headline_links)
    {
        return Err(Error::NotAnArticle {
            site,
            missing: Field::Body,
        });
    }
    let reference = dateline.as_ref().and_then(|d| d.date).or(published);
    let first_rest = located.as_ref().map(dateline::Located::rest);
    let statement = statement::extract_located(&title, &body, reference, first_rest);

    let canonical_url = raw.canonical_url.map(|u| url::absolute(&u, base_url));
    let base = canonical_url.as_deref().or(base_url);
    let related = related(raw.related, base);

    Ok(Article {
        site,
        language,
        outlet,
        title,
        published,
        as_of,
        dateline,
        original_url: raw.original_url.map(|u| url::absolute(&u, base)),
        canonical_url,
        body,
        related,
        statement,
    })
}

/// Cards with their dates read and URLs made absolute; each URL once.
fn related(links: Vec<RawLink>, base: Option<&str>) -> Vec<RelatedLink> {
    let mut out: Vec<RelatedLink> = Vec::with_capacity(links.len());
    for l in links {
        let title = text::normalize(&l.title);
        let url = url::absolute(l.url.trim(), base);
        if title.is_empty() || url.is_empty() || out.iter().any(|o| o.url == url) {
            continue;
        }
        out.push(RelatedLink {
            title,
            url,
            date: l.date.as_deref().and_then(date::parse_page_date),
            teaser: l
                .teaser
                .as_deref()
                .map(text::normalize)
                .filter(|t| !t.is_empty()),
        });
    }
    out
}
