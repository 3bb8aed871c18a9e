use super::*;
use crate::dom::parse_html;

fn read(html: &str) -> RawPage {
    let doc = parse_html(html);
    let page = Page::new(&doc, None);
    extract(&page).pop().unwrap()
}

const LONG: &str = "Pyongyang, May 29 (KCNA) -- A long enough first paragraph of the dispatch, with commas, words and more words.";
const SECOND: &str = "A second paragraph of the article that is long enough to count as text.";

#[test]
fn site_suffixes() {
    let cases = [
        ("Title of the text | Some Site", None, "Title of the text"),
        ("Title of the text - Some Site", None, "Title of the text"),
        ("Title of the text — Some Site", None, "Title of the text"),
        (
            "Title of the text – Korean Friendship Association UK",
            None,
            "Title of the text",
        ),
        (
            "Short | A very long site name that is longer than the title",
            None,
            "Short | A very long site name that is longer than the title",
        ),
        (
            "Short - Site Name Longer",
            Some("Site Name Longer"),
            "Short",
        ),
        (
            "Pyongyang - Kaesong Road Opened",
            None,
            "Pyongyang - Kaesong Road Opened",
        ),
        ("A title without suffix", None, "A title without suffix"),
    ];
    for (t, site, want) in cases {
        assert_eq!(strip_site_suffix(t, site), want, "{t:?}");
    }
}

#[test]
fn og_title_loses_only_a_known_suffix() {
    let html = format!(
        "<html><head><title>Kim Yo Jong - Press Statement | Digest</title>\
         <meta property=\"og:title\" content=\"Kim Yo Jong - Press Statement\"></head>\
         <body><div><p>{LONG}</p></div></body></html>"
    );
    assert_eq!(
        read(&html).title.as_deref(),
        Some("Kim Yo Jong - Press Statement")
    );
    let html = format!(
        "<html><head><title>Press statement of a spokesman - Digest</title>\
         <meta property=\"og:title\" content=\"Press statement of a spokesman - Digest\"></head>\
         <body><div><p>{LONG}</p></div></body></html>"
    );
    assert_eq!(
        read(&html).title.as_deref(),
        Some("Press statement of a spokesman")
    );
}

#[test]
fn text_in_divs_with_line_breaks() {
    let html = format!(
        "<body><div id=\"top\"><a href=\"/\">Home</a> <a href=\"/a\">About</a></div>\
         <div id=\"content\"><h1>The title</h1>\
         <div class=\"txt\">{LONG}<br><br>{SECOND}</div>\
         <div class=\"txt\">{SECOND} Three.<br>He said:<br>{SECOND} Four.</div></div>\
         <div id=\"right\"><a href=\"/1\">A link to some other article on the site</a><br>\
         <a href=\"/2\">Another link to another article on this site</a></div></body>"
    );
    let raw = read(&html);
    assert_eq!(raw.title.as_deref(), Some("The title"));
    assert_eq!(
        raw.body,
        vec![
            LONG.to_owned(),
            SECOND.to_owned(),
            format!("{SECOND} Three."),
            "He said:".to_owned(),
            format!("{SECOND} Four."),
        ]
    );
}

#[test]
fn sidebar_comments_and_related_stay_out() {
    let html = format!(
        "<body><header class=\"site-header\"><p class=\"site-title\">Site</p></header>\
         <article><h1 class=\"entry-title\">The title</h1>\
         <div class=\"entry-content\"><p>{LONG}</p><p>{SECOND}</p>\
         <div class=\"sharedaddy\"><h3>Share this:</h3><p>A share button text that is long enough.</p></div>\
         <div id=\"jp-relatedposts\"><h3>Related</h3><p>A related teaser that is long enough to count.</p></div></div></article>\
         <div id=\"comments\" class=\"comments-area\"><p>A comment that is rather long and full of words, words, words.</p></div>\
         <aside id=\"secondary\"><p>An about text in the sidebar that is long enough to score, and longer still.</p></aside>\
         <footer><p>A footer text that is long enough to be a paragraph of text.</p></footer></body>"
    );
    let raw = read(&html);
    assert_eq!(raw.title.as_deref(), Some("The title"));
    assert_eq!(raw.body, vec![LONG.to_owned(), SECOND.to_owned()]);
}

#[test]
fn heading_named_by_og_title_wins_over_a_logo_h1() {
    let html = format!(
        "<html><head><title>The real title - Digest</title>\
         <meta property=\"og:title\" content=\"The real title | Digest\">\
         <meta property=\"og:site_name\" content=\"Digest\"></head>\
         <body><h1>Digest</h1><h2 class=\"headline\">The real title</h2><div><p>{LONG}</p></div></body></html>"
    );
    assert_eq!(read(&html).title.as_deref(), Some("The real title"));
}

#[test]
fn published_only_from_metadata_meant_for_it() {
    let with_meta = format!(
        "<html><head><meta property=\"article:published_time\" content=\"2024-02-06T10:00:00+00:00\"></head>\
         <body><h1>T</h1><p>{LONG}</p></body></html>"
    );
    assert_eq!(
        read(&with_meta).published.as_deref(),
        Some("2024-02-06T10:00:00+00:00")
    );
    let json_ld = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-07-13T09:00:00Z\"}}</script></head>\
         <body><h1>T</h1><p>{LONG}</p></body></html>"
    );
    assert_eq!(
        read(&json_ld).published.as_deref(),
        Some("2024-07-13T09:00:00Z")
    );
    let header_time = format!(
        "<body><article><header><h1>T</h1><time datetime=\"2024-02-06\">Feb 6</time></header>\
         <div class=\"text\"><p>{LONG}</p></div></article>\
         <aside><time datetime=\"2024-03-01\">Mar 1</time></aside></body>"
    );
    assert_eq!(read(&header_time).published.as_deref(), Some("2024-02-06"));
    let sidebar_time_only = format!(
        "<body><h1>T</h1><div class=\"text\"><p>{LONG}</p></div>\
         <div class=\"sidebar\"><time datetime=\"2024-03-01\">Mar 1</time></div></body>"
    );
    assert_eq!(read(&sidebar_time_only).published, None);
    let comment_time = format!(
        "<body><article><h1>T</h1><div class=\"text\"><p>{LONG}</p></div>\
         <div itemscope itemtype=\"http://schema.org/Comment\"><meta itemprop=\"datePublished\" content=\"2024-03-01\"></div></article></body>"
    );
    assert_eq!(read(&comment_time).published, None);
}

#[test]
fn hostile_inputs_do_not_panic() {
    let deep = "<div>".repeat(3_000) + "text";
    for html in [
        "",
        "<p>",
        "<a>x</a>",
        deep.as_str(),
        "<body><htm><table><tr><td>x",
    ] {
        let _ = read(html);
    }
}

#[test]
fn a_blogs_posting_date_is_found_for_extract_to_judge() {
    // The post's own date (July 16) is handed over; `extract` drops it as
    // `published` since the dateline says July 14.
    let raw = read(include_str!(
        "../../../tests/fixtures/generic/blogger-reprint-posted-later/page.html"
    ));
    assert_eq!(raw.published.as_deref(), Some("2025-07-16T10:03:00+02:00"));
    assert!(raw.body[0].starts_with("Pyongyang, July 14 (KCNA) - Kim Jong Un"));
    assert_eq!(raw.body.len(), 1);
}

#[test]
fn other_shapes_of_text() {
    // Bare text with line breaks straight in <body>.
    let bare = format!("<html><body>The title<br><br>{LONG}<br><br>{SECOND}</body></html>");
    let raw = read(&bare);
    assert_eq!(raw.body, vec!["The title", LONG, SECOND]);

    // One <div> per paragraph, as Blogger's editor writes them.
    let divs = format!(
        "<body><h3 class=\"post-title\">The title</h3><div class=\"post-body\">\
         <div>{LONG}</div><div>He said:</div><div>{SECOND}</div><div><br></div></div>\
         <div class=\"sidebar\"><div>{SECOND} Sidebar text, long and longer still, with more.</div></div></body>"
    );
    let raw = read(&divs);
    assert_eq!(raw.title.as_deref(), Some("The title"));
    assert_eq!(raw.body, vec![LONG, "He said:", SECOND]);

    // A blog post quoting the text in a <blockquote>: the quoted text is the
    // article, the blog's own short lead-in is not.
    let quoted = format!(
        "<body><article><h1>The title</h1><div class=\"entry\"><p>KCNA reports:</p>\
         <blockquote><p>{LONG}</p><p>{SECOND}</p></blockquote></div></article></body>"
    );
    let raw = read(&quoted);
    assert_eq!(raw.body, vec![LONG, SECOND]);
}
