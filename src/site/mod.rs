//! Page layouts: which site a page comes from, and where on its pages each field
//! lives.
//!
//! A site module finds *raw strings* (the title, the text of a date, paragraphs,
//! cards) and hands them over as a [`RawPage`]; it never reads a date or a
//! speaker itself: that is `extract`'s work, the same for every site.
//!
//! Adding a site: write `src/site/<name>.rs` with a `detect` and an `extract`
//! function, add a variant to [`Site`](crate::Site), and one line to [`LAYOUTS`].

mod generic;
mod kcna_co_jp;
mod kcna_kp;
mod kcnawatch;
mod rodong;
mod vok;

use crate::dom::Document;
use crate::model::Site;

/// A parsed page and what the caller told us of it, with the facts of its head
/// that every layout's detection asks for looked up once.
pub(crate) struct Page<'a> {
    pub(crate) doc: &'a Document,
    /// The page's address, when the caller gave it as a hint.
    pub(crate) url: Option<&'a str>,
    /// `<link rel=canonical>`.
    link_canonical: Option<&'a str>,
    /// `og:url`.
    og_url: Option<&'a str>,
    /// The page names itself KCNA Watch (see [`kcnawatch::is_kcnawatch`]).
    kcnawatch: bool,
    /// KCNA Watch's `Date: … | Source: …` line, looked for once by the first
    /// of detection and extraction to ask.
    kcnawatch_meta: std::cell::OnceCell<Option<kcnawatch::MetaLine>>,
}

impl<'a> Page<'a> {
    /// A page of `doc`, with the caller's address hint.
    pub(crate) fn new(doc: &'a Document, url: Option<&'a str>) -> Self {
        Page {
            doc,
            url,
            link_canonical: doc.link_rel("canonical"),
            og_url: doc.meta("og:url"),
            kcnawatch: kcnawatch::is_kcnawatch(doc),
            kcnawatch_meta: std::cell::OnceCell::new(),
        }
    }

    /// The page's own statement of its address: `<link rel=canonical>`, else
    /// `og:url`.
    pub(crate) fn canonical(&self) -> Option<&'a str> {
        self.link_canonical.or(self.og_url)
    }

    /// The best address known for the page: the hint, else canonical / og:url.
    pub(crate) fn address(&self) -> Option<&'a str> {
        self.url.or_else(|| self.canonical())
    }

    /// True when the page names itself KCNA Watch: other layouts stand back
    /// from such a page, which quotes their outlets and links to them.
    pub(crate) fn is_kcnawatch(&self) -> bool {
        self.kcnawatch
    }

    /// True when the page's own address (hint, canonical or og:url) is on
    /// `domain` or one of its subdomains. Links on the page never count.
    pub(crate) fn on_host(&self, domain: &str) -> bool {
        [self.url, self.link_canonical, self.og_url]
            .into_iter()
            .flatten()
            .any(|u| {
                let rest = u.trim().split_once("://").map_or(u, |(_, r)| r);
                let host = rest
                    .split(['/', '?', '#'])
                    .next()
                    .unwrap_or_default()
                    .rsplit('@')
                    .next()
                    .unwrap_or_default()
                    .split(':')
                    .next()
                    .unwrap_or_default();
                host.len()
                    .checked_sub(domain.len())
                    .and_then(|cut| host.get(cut..).map(|tail| (cut, tail)))
                    .is_some_and(|(cut, tail)| {
                        tail.eq_ignore_ascii_case(domain)
                            && (cut == 0 || host.as_bytes().get(cut - 1) == Some(&b'.'))
                    })
            })
    }
}

/// The raw fields of one article as a site module found them.
#[derive(Debug, Default)]
pub(crate) struct RawPage {
    pub(crate) title: Option<String>,
    /// The page's own name for the source (`Voice of Korea (EN)`): gives outlet and
    /// language when these are not set directly.
    pub(crate) source_label: Option<String>,
    /// The outlet, when the site itself is the outlet.
    pub(crate) outlet: Option<String>,
    /// A raw language code (URL segment, `<html lang>`): normalised by `extract`.
    pub(crate) language: Option<String>,
    /// Text holding the publication date, in any page-date form.
    pub(crate) published: Option<String>,
    /// Text holding the page header's date.
    pub(crate) as_of: Option<String>,
    pub(crate) original_url: Option<String>,
    pub(crate) canonical_url: Option<String>,
    /// Paragraphs in order (whitespace not yet normalised, chrome possibly left).
    pub(crate) body: Vec<String>,
    /// True when every paragraph of `body` is whitespace-normalised already (as
    /// [`NodeRef::blocks`](crate::dom::NodeRef::blocks) and
    /// [`NodeRef::text`](crate::dom::NodeRef::text) give them), so that
    /// `extract` need not check them again.
    pub(crate) body_normalized: bool,
    pub(crate) related: Vec<RawLink>,
    /// Headline-like links of the page (count, characters): what a listing or
    /// home page is made of. Only the generic reader fills it in; `extract`
    /// weighs it against the body to tell such a page from an article.
    pub(crate) headline_links: (usize, usize),
}

/// A link to another article, raw.
#[derive(Debug, Default, Clone)]
pub(crate) struct RawLink {
    pub(crate) title: String,
    pub(crate) url: String,
    pub(crate) date: Option<String>,
    pub(crate) teaser: Option<String>,
}

/// One layout: how to recognise it and how to read it.
struct Layout {
    site: Site,
    /// 0 when the page is not of this layout; higher is more certain. It adds
    /// its marks to the [`Score`] it is given (which holds the host's points
    /// already and the score to beat), and may stop once the layout cannot
    /// win.
    detect: fn(&Page<'_>, Score) -> u32,
    /// The site's host (none for the generic reader).
    host: &'static str,
    /// The most `detect` gives a page not on `host`.
    markers: u32,
    /// `detect` costs next to nothing (no walk of the page's text).
    cheap: bool,
    /// Among layouts of the same most possible score, the lower is asked
    /// first: the one cheaper to rule out on another site's page (asked later,
    /// a costly detector stops at its first missing mark once the first has
    /// scored). Only the work changes: an earlier entry of the table still wins
    /// a tied score.
    tie: u8,
    /// The articles of the page (most pages hold one; kcna.co.jp day pages several).
    extract: fn(&Page<'_>) -> Vec<RawPage>,
}

const LAYOUTS: [Layout; 6] = [
    Layout {
        site: Site::KcnaWatch,
        detect: kcnawatch::detect,
        host: kcnawatch::HOST,
        markers: kcnawatch::MARKERS,
        cheap: false,
        tie: 0,
        extract: kcnawatch::extract,
    },
    Layout {
        site: Site::KcnaKp,
        detect: kcna_kp::detect,
        host: kcna_kp::HOST,
        markers: kcna_kp::MARKERS,
        cheap: false,
        tie: 1,
        extract: kcna_kp::extract,
    },
    Layout {
        site: Site::Vok,
        detect: vok::detect,
        host: vok::HOST,
        markers: vok::MARKERS,
        cheap: false,
        tie: 0,
        extract: vok::extract,
    },
    Layout {
        site: Site::KcnaCoJp,
        detect: kcna_co_jp::detect,
        host: kcna_co_jp::HOST,
        markers: kcna_co_jp::MARKERS,
        cheap: false,
        tie: 0,
        extract: kcna_co_jp::extract,
    },
    Layout {
        site: Site::Rodong,
        detect: rodong::detect,
        host: rodong::HOST,
        markers: rodong::MARKERS,
        cheap: true,
        tie: 0,
        extract: rodong::extract,
    },
    Layout {
        site: Site::Generic,
        detect: generic::detect,
        host: generic::HOST,
        markers: generic::MARKERS,
        cheap: true,
        tie: 0,
        extract: generic::extract,
    },
];

/// A detection score at or above which the page is surely of the layout (its own
/// address, or the layout's markers together): such a page that holds no article
/// is not an article, rather than a page for the generic reader.
pub(crate) const SURE: u32 = 60;

/// What a page on a layout's own host scores for that alone.
pub(crate) const HOST_POINTS: u32 = 60;

/// A layout's detection score as its marks are added up, most of them only
/// while the layout can still win.
pub(super) struct Score {
    score: u32,
    /// Points of the marks not yet looked at.
    left: u32,
    /// The score to exceed to win.
    beat: u32,
}

impl Score {
    /// A score of `host` points so far, `markers` more to come, `beat` to
    /// exceed.
    fn new(host: u32, markers: u32, beat: u32) -> Self {
        Score {
            score: host,
            left: markers,
            beat,
        }
    }

    /// True when `points` more would make the layout win.
    pub(super) fn could_win_with(&self, points: u32) -> bool {
        self.score + points > self.beat
    }

    /// Adds `points` when the page has the mark `has`; `has` is not looked
    /// for once the layout cannot win any more.
    pub(super) fn mark(&mut self, points: u32, has: impl FnOnce() -> bool) {
        let hopeless = self.score + self.left <= self.beat;
        self.left = self.left.saturating_sub(points);
        if !hopeless && has() {
            self.score += points;
        }
    }

    /// The score (less than the full one once the layout could not win).
    pub(super) fn total(&self) -> u32 {
        self.score
    }
}

/// The points the page earns a layout by lying on its host.
fn host_points(page: &Page<'_>, l: &Layout) -> u32 {
    if !l.host.is_empty() && page.on_host(l.host) {
        HOST_POINTS
    } else {
        0
    }
}

/// The layout that fits the page best and its score; [`Site::Generic`] when none
/// fits.
pub(crate) fn detect(page: &Page<'_>) -> (Site, u32) {
    // The best score wins, the earlier layout of a tie; a page no layout
    // scores is the generic reader's. A layout whose most possible score
    // cannot win is not asked: layouts are asked most promising first.
    // (host points, index in LAYOUTS)
    let mut order: [(u32, usize); LAYOUTS.len()] = [(0, 0); LAYOUTS.len()];
    for (i, l) in LAYOUTS.iter().enumerate() {
        if let Some(o) = order.get_mut(i) {
            *o = (host_points(page, l), i);
        }
    }
    let most = |(host, i): (u32, usize)| host + LAYOUTS.get(i).map_or(0, |l| l.markers);
    // The cheap layouts first (they set a score for the others to beat),
    // then the highest bound.
    order.sort_unstable_by_key(|&(host, i)| {
        let (cheap, tie) = LAYOUTS.get(i).map_or((false, 0), |l| (l.cheap, l.tie));
        (!cheap, std::cmp::Reverse(most((host, i))), tie, i)
    });
    // (score, index in LAYOUTS)
    let mut best: (u32, usize) = (0, usize::MAX);
    for (host, i) in order {
        let most = most((host, i));
        // The score to exceed: an earlier layout also wins a tie.
        let beat = if i < best.1 {
            best.0.saturating_sub(1)
        } else {
            best.0
        };
        if most <= beat {
            continue;
        }
        let Some(l) = LAYOUTS.get(i) else { continue };
        let score = (l.detect)(page, Score::new(host, l.markers, beat));
        debug_assert!(
            score <= most,
            "{:?} scored {score}, above its bound {most}",
            l.site
        );
        if score > 0 && (score > best.0 || (score == best.0 && i < best.1)) {
            best = (score, i);
        }
    }
    LAYOUTS
        .get(best.1)
        .map_or((Site::Generic, 0), |l| (l.site, best.0))
}

/// The raw articles of the page read with the given layout.
pub(crate) fn extract(site: Site, page: &Page<'_>) -> Vec<RawPage> {
    LAYOUTS
        .iter()
        .find(|l| l.site == site)
        .map_or_else(Vec::new, |l| (l.extract)(page))
}

/// A layout's score for the page with every mark looked for.
#[cfg(test)]
pub(super) fn full_score(page: &Page<'_>, site: Site) -> u32 {
    LAYOUTS.iter().find(|l| l.site == site).map_or(0, |l| {
        (l.detect)(page, Score::new(host_points(page, l), l.markers, 0))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every layout asked in full, the best score kept, the earlier of a tie.
    fn detect_asking_all(page: &Page<'_>) -> (Site, u32) {
        let mut best = (Site::Generic, 0);
        for l in &LAYOUTS {
            let score = full_score(page, l.site);
            if score > best.1 {
                best = (l.site, score);
            }
        }
        best
    }

    #[test]
    fn layouts_not_asked_could_not_have_won() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut pages = 0;
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                if path.file_name().is_none_or(|n| n != "page.html") {
                    continue;
                }
                let bytes = std::fs::read(&path).unwrap_or_default();
                let doc = crate::dom::parse_html(&String::from_utf8_lossy(&bytes));
                let own = std::fs::read_to_string(path.with_file_name("url.txt")).ok();
                let mut urls: Vec<Option<String>> = vec![None, own];
                urls.extend(
                    LAYOUTS
                        .iter()
                        .filter(|l| !l.host.is_empty())
                        .map(|l| Some(format!("http://{}/x", l.host))),
                );
                for url in &urls {
                    let page = Page::new(&doc, url.as_deref().map(str::trim));
                    assert_eq!(
                        detect(&page),
                        detect_asking_all(&page),
                        "{} with {url:?}",
                        path.display()
                    );
                }
                pages += 1;
            }
        }
        assert!(pages >= 30, "only {pages} fixture pages");
    }
}
