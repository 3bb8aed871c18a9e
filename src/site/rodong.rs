//! Rodong Sinmun (rodong.rep.kp) article pages.
//!
//! - title `p.TitleP` / `.RevoTitleP` (else og:title, else a heading inside
//!   `#articleContent`, else `<title>` without the paper's name)
//! - published `#article-date`, else a lone date text inside `#articleContent`,
//!   else the date the address carries: `newsID=2018-01-02-0006`, or the base64
//!   key of `index.php?<base64>` (decoded by `extract::base64`), handed over as text
//! - body `p.TextP`, else the other paragraphs of `#articleContent`, else the
//!   page's main block; the closing byline `Rodong News Team` is part of the
//!   text and stays, as it does on every other site that carries these texts
//! - language from the URL path (`/en/`, `/ko/` …), else `<html lang>`.

use std::sync::LazyLock;

use regex::Regex;

use super::kcna_kp::main_block;
use super::{Page, RawPage, Score};
use crate::dom::{Document, NodeRef};
use crate::extract::base64;

static LONE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\[?\s*(?:Juche\s*)?\d{3,4}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.?\s*\]?|(?:주체\s*\d{1,3}\s*(?:\(\s*\d{4}\s*\))?|\d{4})\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일)(?:\s+\S+)?$")
        .expect("valid regex")
});
static NEWS_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)[?&]newsID=(\d{4}-\d{2}-\d{2})").expect("valid regex"));
static BASE64_QUERY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"index\.php\?([A-Za-z0-9+/_-]{8,}(?:=|%3D){0,2})(?:&|#|$)").expect("valid regex")
});
static LANG_SEGMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[a-z][a-z0-9+.-]*://[^/]+/(ko|kp|en|cn|ru|es|jp)/").expect("valid regex")
});

const PAPER_NAMES: [&str; 3] = ["Rodong Sinmun", "로동신문", "RODONG SINMUN"];

/// The site's host: a page there scores [`HOST_POINTS`](super::HOST_POINTS)
/// (added by detection before [`detect`] is asked).
pub(super) const HOST: &str = "rodong.rep.kp";

/// The most [`detect`] gives without the host: the layout's id or classes (30), the paper's name in the title (20).
pub(super) const MARKERS: u32 = 50;

pub(super) fn detect(page: &Page<'_>, mut score: Score) -> u32 {
    let doc = page.doc;
    if page.is_kcnawatch() {
        return 0;
    }
    score.mark(30, || {
        doc.by_id("articleContent").is_some()
            || ["TitleP", "RevoTitleP", "TextP"]
                .iter()
                .any(|c| doc.first_class(c).is_some())
    });
    score.mark(20, || {
        doc.title_str().is_some_and(|t| {
            PAPER_NAMES.iter().any(|n| {
                t == *n
                    || t.strip_prefix(n).is_some_and(|r| r.starts_with(" |"))
                    || t.strip_suffix(n).is_some_and(|r| r.ends_with("| "))
            })
        })
    });
    score.total()
}

pub(super) fn extract(page: &Page<'_>) -> Vec<RawPage> {
    let doc = page.doc;
    let content = doc.by_id("articleContent");
    let scope = content.unwrap_or_else(|| doc.root());
    let title_node = scope
        .elements()
        .find(|n| n.has_class("TitleP") || n.has_class("RevoTitleP"));
    vec![RawPage {
        title: title_node
            .map(|n| n.text())
            .filter(|t| !t.is_empty())
            .or_else(|| doc.meta("og:title").map(strip_paper_name))
            .or_else(|| {
                content?
                    .elements()
                    .filter(|n| matches!(n.tag(), Some("h1" | "h2" | "h3" | "h4")))
                    .map(|n| n.text())
                    .find(|t| !t.is_empty())
            })
            .or_else(|| doc.title().map(|t| strip_paper_name(&t)))
            .filter(|t| !t.is_empty()),
        outlet: Some("Rodong Sinmun".to_owned()),
        language: page
            .address()
            .and_then(|a| LANG_SEGMENT.captures(a))
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_ascii_lowercase())
            .or_else(|| doc.html_lang().map(str::to_owned)),
        published: published(page, scope),
        canonical_url: page.canonical().map(str::to_owned),
        body: body(doc, content, title_node),
        ..RawPage::default()
    }]
}

fn strip_paper_name(t: &str) -> String {
    let mut t = t.trim();
    for name in PAPER_NAMES {
        for sep in [" | ", " - "] {
            t = t
                .strip_suffix(&format!("{sep}{name}"))
                .or_else(|| t.strip_prefix(&format!("{name}{sep}")))
                .unwrap_or(t);
        }
    }
    if PAPER_NAMES.contains(&t) {
        String::new()
    } else {
        t.to_owned()
    }
}

fn published(page: &Page<'_>, scope: NodeRef<'_>) -> Option<String> {
    let doc = page.doc;
    doc.by_id("article-date")
        .map(|n| n.text())
        .filter(|t| !t.is_empty())
        .or_else(|| {
            scope
                .text_nodes()
                .filter(|t| !t.has_ancestor_tag(&["a"]))
                .filter_map(|t| t.as_text())
                .map(str::trim)
                .find(|t| LONE_DATE.is_match(t))
                .map(str::to_owned)
        })
        .or_else(|| {
            let address = page.address()?;
            NEWS_ID
                .captures(address)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().to_owned())
                .or_else(|| {
                    let key = BASE64_QUERY.captures(address)?.get(1)?;
                    base64::decode_text(key.as_str())
                })
        })
}

fn body(doc: &Document, content: Option<NodeRef<'_>>, title: Option<NodeRef<'_>>) -> Vec<String> {
    let scope = content.unwrap_or_else(|| doc.root());
    let mut paragraphs: Vec<String> = scope
        .elements()
        .filter(|n| n.has_class("TextP"))
        .flat_map(|p| p.blocks())
        .collect();
    if let Some(content) = content.filter(|_| paragraphs.is_empty()) {
        let date = doc.by_id("article-date");
        paragraphs = content
            .elements()
            .filter(|n| n.tag() == Some("p"))
            .filter(|p| !title.is_some_and(|t| t.contains(*p) || p.contains(t)))
            .filter(|p| !date.is_some_and(|d| d.contains(*p) || p.contains(d)))
            .flat_map(|p| p.blocks())
            .collect();
    }
    if paragraphs.is_empty() {
        paragraphs = main_block(doc)
            .map(super::kcna_kp::paragraphs)
            .unwrap_or_default();
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_dates() {
        for (t, want) in [
            ("2018.1.2.", true),
            ("2025.07.14. Monday", true),
            ("주체111(2022)년 1월 2일 일요일", true),
            ("Juche 107.1.2.", true),
            ("Kim Jong Un visited", false),
        ] {
            assert_eq!(LONE_DATE.is_match(t), want, "{t}");
        }
    }

    #[test]
    fn address_keys() {
        let a = "http://www.rodong.rep.kp/en/index.php?MTJAMjAyNS0xMC0xMC0wMTNAM0AxQEAwQDNA==";
        let key = BASE64_QUERY
            .captures(a)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str());
        assert_eq!(key, Some("MTJAMjAyNS0xMC0xMC0wMTNAM0AxQEAwQDNA=="));
        let old =
            "http://www.rodong.rep.kp/en/index.php?strPageID=SF01_02_01&newsID=2018-01-02-0006";
        assert!(BASE64_QUERY.captures(old).is_none());
        let id = NEWS_ID
            .captures(old)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str());
        assert_eq!(id, Some("2018-01-02"));
    }
}
