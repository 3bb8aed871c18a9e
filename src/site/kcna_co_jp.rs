//! The kcna.co.jp archive (1996–2010s): table layout, no useful classes.
//!
//! Everything is found by text, in the order the pages read:
//! - `calendar>>November 27. 2017 Juche 106`: the publication date (the words may
//!   sit in several `<b>`s of one cell); when a page has none, the date in the
//!   address (`…/news27/20171127-15ee.html`, `…/news11/27.htm`);
//! - then, for each item, its title and its paragraphs (`<br>`-separated, indented
//!   with `&nbsp;`), the first starting with the dateline;
//! - `Copyright (C) KOREA NEWS SERVICE(KNS) All Rights Reserved.` ends the text.
//!
//! Day pages of the older archive (`/item/YYYY/YYYYMM/newsMM/DD.htm`) hold several
//! items separated by `<hr>`: each becomes its own [`RawPage`], the page's date
//! applying to all. Items not separated by `<hr>` are split where a new dateline
//! follows body text, the line before it being the new item's title.

use std::sync::LazyLock;

use regex::Regex;

use super::{Page, RawPage, Score};
use crate::dom::{Document, NodeId, TextBlock};
use crate::extract::boilerplate;
use crate::extract::date::MONTH_ALT;

/// `calendar>>` followed by a month name: the archive's date line.
static CALENDAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)calendar\s*>>\s*(?:{MONTH_ALT})\s*\d")).expect("valid regex")
});
/// The date of the date line: `November 27. 2017 Juche 106` (the Juche year
/// optional), with or without `calendar>>` before it.
static CALENDAR_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:calendar\s*>>\s*)?((?:{MONTH_ALT})\s*\d{{1,2}}\s*[.,]?\s*\d{{4}}(?:\s*Juche\s*\d{{1,3}})?)"
    ))
    .expect("valid regex")
});
/// The KNS copyright line that closes every page.
static KNS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)copyright\s*(?:\(c\)|©)?\s*korea\s+news\s+service|\(KNS\)\s*all rights reserved",
    )
    .expect("valid regex")
});
/// A dateline opening a paragraph (`Pyongyang, July 14 (KCNA) --`): where an item
/// starts.
static DATELINE_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\W{{0,3}}\p{{L}}[\p{{L}} .'’-]{{0,40}}?,\s*(?:{MONTH_ALT})\s+\d{{1,2}}(?-u:\b)\s*\([^()]{{2,40}}\)\s*(?:--|—|–|-)"
    ))
    .expect("valid regex")
});
/// Item address: `/item/2017/201711/news27/20171127-15ee.html` (and the
/// `2011-06-12ee.html` form of some copies).
static ITEM_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)/item/\d{4}/\d{6}/(?:news\d{2}/)?(\d{4})-?(\d{2})-?(\d{2})(?:-\d+)?([a-z]{1,2})\.html?(?:$|[?#])")
        .expect("valid regex")
});
/// Day page address: `/item/2004/200410/news10/27.htm` (month folder, day file).
static DAY_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)/item/(\d{2}|\d{4})/\d{4,6}/news(\d{2})/(\d{2})([a-z]{0,2})\.html?(?:$|[?#])")
        .expect("valid regex")
});
/// `<title>`s that name the site, not the item.
static SITE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:kcna|korean central news agency|kcna news|news|untitled)(?-u:\b).{0,40}$")
        .expect("valid regex")
});

/// Longest line taken as an item's title.
const MAX_TITLE: usize = 250;

/// The site's host: a page there scores [`HOST_POINTS`](super::HOST_POINTS)
/// (added by detection before [`detect`] is asked).
pub(super) const HOST: &str = "kcna.co.jp";

/// The most [`detect`] gives without the host: the `calendar>>` line (50), the KNS copyright line in the archive's markup (25).
pub(super) const MARKERS: u32 = 75;

pub(super) fn detect(page: &Page<'_>, mut score: Score) -> u32 {
    // The page's whole text is built only when a text node holds the `>>` of
    // `calendar>>` (`calendar` is often a link of its own, `>>` the next text),
    // or when the page has the archive's table markup for the KNS line: most
    // pages of other sites have neither.
    let calendar = page
        .doc
        .texts()
        .any(|t| t.as_text().is_some_and(has_double_gt));
    let archive = archive_markup(page.doc);
    // Nothing more to look for, or not enough to win: the page's text is not
    // built.
    let most = if calendar { 50 } else { 0 } + if archive { 25 } else { 0 };
    if most == 0 || !score.could_win_with(most) {
        return score.total();
    }
    let text = page.doc.root().raw_text();
    score.mark(50, || calendar && CALENDAR.is_match(&text));
    // Lower than a KCNA Watch page's own marks: its copy of a kcna.co.jp item may
    // carry the copyright line. On a page of today's blog or news-site markup the
    // line is only a reprint's, not the archive's.
    score.mark(25, || archive && KNS.is_match(&text));
    score.total()
}

pub(super) fn extract(page: &Page<'_>) -> Vec<RawPage> {
    let doc = page.doc;
    let root = doc.first_tag("body").unwrap_or_else(|| doc.root());
    let blocks = root.text_blocks();
    let hrs: Vec<NodeId> = root
        .elements()
        .filter(|n| n.tag() == Some("hr"))
        .map(|n| n.id())
        .collect();

    let calendar = blocks.iter().position(|b| is_calendar(&b.text));
    let mut lines: Vec<(String, NodeId)> = Vec::new();
    let mut published = None;
    let start = match calendar {
        Some(i) => {
            let block = blocks.get(i);
            if let Some((date, rest)) = block.and_then(|b| split_calendar(&b.text)) {
                published = Some(date);
                if !rest.is_empty() {
                    lines.push((rest, block.map_or(0, |b| b.last)));
                }
            }
            i + 1
        }
        // No date line: the items lie after the first rule, as on day pages.
        None => hrs
            .first()
            .and_then(|hr| blocks.iter().position(|b| b.first > *hr))
            .unwrap_or(0),
    };
    let end = content_end(&blocks, &hrs, start).max(start);
    let in_link = link_flags(doc);
    // The item lines are moved out of the blocks, not copied.
    lines.extend(
        blocks
            .into_iter()
            .take(end)
            .skip(start)
            .filter(|b| !all_link_text(doc, &in_link, b))
            .map(|b| (b.text, b.first)),
    );

    let url = page.address();
    let published = published.or_else(|| url.and_then(url_date));
    let language = language(url, doc, &lines);

    // A title alone between rules heads the item that follows it.
    let mut items: Vec<(Option<String>, Vec<String>)> = Vec::new();
    let mut pending: Option<String> = None;
    for segment in segments(lines, &hrs) {
        for (title, body) in split_items(segment) {
            if body.is_empty() {
                pending = title.or(pending);
                continue;
            }
            items.push((title.or_else(|| pending.take()), body));
            pending = None;
        }
    }
    let single = items.len() == 1;
    items
        .into_iter()
        .map(|(title, body)| RawPage {
            title: title.or_else(|| single.then(|| page_title(doc)).flatten()),
            outlet: Some("KCNA".to_owned()),
            language: language.clone(),
            published: published.clone(),
            canonical_url: page.canonical().map(str::to_owned),
            body,
            // Block texts, and the trimmed rest of one after its date line.
            body_normalized: true,
            ..RawPage::default()
        })
        .collect()
}

/// True when the text holds `>>`.
fn has_double_gt(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr_iter(b'>', b).any(|i| b.get(i + 1) == Some(&b'>'))
}

/// True for a `calendar>>` date line ([`CALENDAR`]). A text without the `>>`
/// is passed over without a regex search.
fn is_calendar(t: &str) -> bool {
    has_double_gt(t) && CALENDAR.is_match(t)
}

/// True for the KNS copyright line ([`KNS`]). Both of its forms hold `right`
/// (`copyright`, `all rights`), in any ASCII case (no other letter folds to
/// one of its letters): a text without it is passed over without a regex
/// search.
fn is_kns(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr2_iter(b'g', b'G', b).any(|i| {
        i.checked_sub(2)
            .and_then(|s| b.get(s..i + 3))
            .is_some_and(|w| w.eq_ignore_ascii_case(b"right"))
    }) && KNS.is_match(t)
}

/// True for a line that opens with a dateline ([`DATELINE_START`]). The
/// dateline's comma is among the line's first 45 characters (at most 180
/// bytes), with only white space between it and a month's capital: other lines
/// are passed over without a regex search.
fn opens_with_dateline(t: &str) -> bool {
    let b = t.as_bytes();
    let head = b.get(..b.len().min(180)).unwrap_or_default();
    memchr::memchr_iter(b',', head).any(|i| {
        t.get(i + 1..)
            .and_then(|r| r.trim_start().bytes().next())
            .is_some_and(|c| matches!(c, b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D'))
    }) && DATELINE_START.is_match(t)
}

/// True for table-era markup: tables, and none of the `<article>` / `og:` metadata
/// of present-day sites.
fn archive_markup(doc: &Document) -> bool {
    doc.first_tag("table").is_some()
        && doc.first_tag("article").is_none()
        && doc.meta("og:site_name").is_none()
        && doc.meta("og:title").is_none()
}

/// For every node: true when it lies inside a link (`<a href>`). One forward pass.
fn link_flags(doc: &Document) -> Vec<bool> {
    let mut flags: Vec<bool> = Vec::with_capacity(doc.len());
    for i in 0..doc.len() {
        let n = doc.node(i);
        // Parents come before their children: the parent's flag is already there.
        let inherited = n
            .parent()
            .is_some_and(|p| flags.get(p.id()).copied().unwrap_or(false));
        flags.push(inherited || (n.tag() == Some("a") && n.attr("href").is_some()));
    }
    flags
}

/// True for a line whose words are all links (`Home | Search`): navigation, not
/// an item.
fn all_link_text(doc: &Document, in_link: &[bool], block: &TextBlock) -> bool {
    (block.first..=block.last).all(|id| {
        doc.node(id).as_text().is_none_or(|t| {
            !t.chars().any(char::is_alphanumeric) || in_link.get(id).copied().unwrap_or(false)
        })
    })
}

/// The date text of a date line, and whatever follows it in the same block.
fn split_calendar(text: &str) -> Option<(String, String)> {
    let at = CALENDAR.find(text)?.start();
    let tail = text.get(at..)?;
    let c = CALENDAR_DATE.captures(tail)?;
    let date = c.get(1)?;
    let rest = tail.get(c.get(0)?.end()..).unwrap_or_default().trim();
    Some((date.as_str().to_owned(), rest.to_owned()))
}

/// Where the items end: the copyright line, else the last rule (when the page has
/// rules after the start), else the end of the page.
fn content_end(blocks: &[TextBlock], hrs: &[NodeId], start: usize) -> usize {
    let rest = blocks.get(start..).unwrap_or_default();
    if let Some(i) = rest.iter().position(|b| is_kns(&b.text)) {
        return start + i;
    }
    let first_id = rest.first().map_or(0, |b| b.first);
    match hrs.last() {
        Some(&hr) if hr > first_id => start + rest.iter().take_while(|b| b.first < hr).count(),
        _ => blocks.len(),
    }
}

/// Lines grouped by the rules between them, chrome lines dropped.
fn segments(lines: Vec<(String, NodeId)>, hrs: &[NodeId]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut current = None;
    for (text, id) in lines {
        if boilerplate::is_chrome(&text) || is_calendar(&text) {
            continue;
        }
        let index = hrs.partition_point(|hr| *hr < id);
        if current != Some(index) {
            current = Some(index);
            out.push(Vec::new());
        }
        if let Some(seg) = out.last_mut() {
            seg.push(text);
        }
    }
    out
}

/// The items of one segment: (title, paragraphs). The first line is the title
/// unless it is a dateline; a dateline after body text opens a new item, whose
/// title is the line before it when that line reads as a title.
fn split_items(lines: Vec<String>) -> Vec<(Option<String>, Vec<String>)> {
    let mut items = Vec::new();
    let mut title: Option<String> = None;
    let mut body: Vec<String> = Vec::new();
    for line in lines {
        let dateline = opens_with_dateline(&line);
        if title.is_none() && body.is_empty() {
            if dateline || line.chars().count() > MAX_TITLE {
                body.push(line);
            } else {
                title = Some(line);
            }
            continue;
        }
        if dateline && !body.is_empty() {
            let next_title = if body.len() > 1 && body.last().is_some_and(|l| reads_as_title(l)) {
                body.pop()
            } else {
                None
            };
            items.push((title.take(), std::mem::take(&mut body)));
            title = next_title;
        }
        body.push(line);
    }
    if title.is_some() || !body.is_empty() {
        items.push((title, body));
    }
    items
}

/// A short line without a closing full stop: a headline, not a paragraph.
fn reads_as_title(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() <= MAX_TITLE && !t.ends_with(['.', ':', ';', ','])
}

/// The `<title>`, unless it only names the site.
fn page_title(doc: &Document) -> Option<String> {
    doc.title().filter(|t| !SITE_TITLE.is_match(t))
}

/// `YYYY-MM-DD` from an item or day page address.
fn url_date(url: &str) -> Option<String> {
    if let Some(c) = ITEM_URL.captures(url) {
        return Some(format!(
            "{}-{}-{}",
            c.get(1)?.as_str(),
            c.get(2)?.as_str(),
            c.get(3)?.as_str()
        ));
    }
    let c = DAY_URL.captures(url)?;
    let year = c.get(1)?.as_str();
    let year = match year.len() {
        2 => format!(
            "{}{year}",
            if year.as_bytes().first()? >= &b'9' {
                "19"
            } else {
                "20"
            }
        ),
        _ => year.to_owned(),
    };
    Some(format!(
        "{year}-{}-{}",
        c.get(2)?.as_str(),
        c.get(3)?.as_str()
    ))
}

/// The language code: the address's suffix (`…-15ee.html`, `…/27.htm` = English),
/// else `<html lang>`, else the script of the text (Hangul = Korean; a Latin-script
/// page with no address or an English one is of the archive's English edition;
/// with another edition's suffix, unknown).
fn language(url: Option<&str>, doc: &Document, lines: &[(String, NodeId)]) -> Option<String> {
    let suffix = url.and_then(|u| {
        ITEM_URL
            .captures(u)
            .and_then(|c| c.get(4))
            .or_else(|| DAY_URL.captures(u).and_then(|c| c.get(4)))
            .map(|m| m.as_str().to_ascii_lowercase())
    });
    if matches!(suffix.as_deref(), Some("ee" | "e" | "")) {
        return Some("en".to_owned());
    }
    if let Some(lang) = doc.html_lang() {
        return Some(lang.to_owned());
    }
    // Another edition's suffix: only a Korean text is recognised by its script.
    script_language(lines, suffix.is_some())
}

/// The language by the script of the first twenty lines: Korean when they hold
/// more Hangul syllables than Latin letters, else English (unknown for
/// `other_edition`), unknown when they hold neither.
fn script_language(lines: &[(String, NodeId)], other_edition: bool) -> Option<String> {
    let lines = || lines.iter().take(20).map(|(t, _)| t.as_str());
    // Counted byte by byte: Latin letters, and the lead bytes 0xEA–0xED of
    // three-byte characters, among them every Hangul syllable (U+AC00–U+D7A3).
    // Once the Latin letters are as many as such characters could be in all,
    // the rest need not be read: the text is not Korean.
    let mut left: usize = lines().map(str::len).sum();
    let (mut latin, mut leads) = (0usize, 0usize);
    for t in lines() {
        let (l, h) = count_letters(t.as_bytes());
        latin += l;
        leads += h;
        left = left.saturating_sub(t.len());
        if latin > 0 && leads + left / 3 <= latin {
            return (!other_edition).then(|| "en".to_owned());
        }
    }
    // No more such characters than Latin letters: no more syllables either.
    let hangul = if leads > latin {
        lines()
            .map(|t| {
                t.chars()
                    .filter(|c| ('\u{ac00}'..='\u{d7a3}').contains(c))
                    .count()
            })
            .sum()
    } else {
        0
    };
    match (hangul, latin) {
        (0, 0) => None,
        (h, l) if h > l => Some("ko".to_owned()),
        _ if other_edition => None,
        _ => Some("en".to_owned()),
    }
}

/// The ASCII letters of `b`, and its bytes 0xEA–0xED (each the lead byte of a
/// three-byte character in a `str`). Counted in byte-sized counters, a chunk
/// of 255 bytes at a time, which the compiler turns into vector code.
fn count_letters(b: &[u8]) -> (usize, usize) {
    let (mut latin, mut leads) = (0usize, 0usize);
    for chunk in b.chunks(255) {
        let (mut l, mut h) = (0u8, 0u8);
        for &x in chunk {
            l += u8::from(x.is_ascii_alphabetic());
            h += u8::from(x.wrapping_sub(0xEA) < 4);
        }
        latin += usize::from(l);
        leads += usize::from(h);
    }
    (latin, leads)
}

#[cfg(test)]
mod tests;
