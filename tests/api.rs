//! The public surface: thread-safety, error messages, edge inputs.

use kcna::{Error, Field, Site};

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<kcna::Article>();
    assert_send_sync::<kcna::PressStatement>();
    assert_send_sync::<kcna::Speaker>();
    assert_send_sync::<kcna::RelatedLink>();
    assert_send_sync::<kcna::Dateline>();
    assert_send_sync::<kcna::StatementKind>();
    assert_send_sync::<kcna::Site>();
    assert_send_sync::<kcna::Options>();
    assert_send_sync::<kcna::Error>();
}

#[test]
fn error_messages_are_lowercase_and_say_what_and_where() {
    let cases = [
        (Error::Empty, "empty input"),
        (Error::NoText, "no text in the page"),
        (
            Error::InputTooLarge {
                size: 40,
                limit: 10,
            },
            "input too large: 40 bytes, the limit is 10 bytes",
        ),
        (
            Error::NotAnArticle {
                site: Site::KcnaWatch,
                missing: Field::Body,
            },
            "not an article: no body found in the kcnawatch page",
        ),
    ];
    for (err, want) in cases {
        assert_eq!(err.to_string(), want);
    }
}

#[test]
fn empty_and_whitespace_input_is_an_empty_error() {
    assert_eq!(kcna::parse(""), Err(Error::Empty));
    assert_eq!(kcna::parse(" \n\t "), Err(Error::Empty));
}

#[test]
fn input_over_the_limit_is_refused_before_parsing() {
    let html = "<p>".repeat(100);
    let err = kcna::Options::new().max_input_size(10).parse(&html);
    assert_eq!(
        err,
        Err(Error::InputTooLarge {
            size: 300,
            limit: 10
        })
    );
}

#[test]
fn markup_without_text_is_a_no_text_error() {
    assert_eq!(
        kcna::parse("<html><body><div><img src=x></div></body></html>"),
        Err(Error::NoText)
    );
}

#[test]
fn forced_site_is_used() {
    let html = "<html><head><title>T</title></head><body><h1>Title here</h1>\
                <p>Some paragraph of text that is long enough.</p></body></html>";
    let a = kcna::Options::new()
        .site(Site::Generic)
        .parse(html)
        .unwrap();
    assert_eq!(a.site, Site::Generic);
    assert_eq!(a.title, "Title here");
}

#[test]
fn site_and_kind_spellings_match_the_json_contract() {
    let sites: Vec<&str> = Site::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(
        sites,
        [
            "kcnawatch",
            "kcna_kp",
            "vok",
            "kcna_co_jp",
            "rodong",
            "generic"
        ]
    );
    for s in Site::ALL {
        assert_eq!(
            serde_json::to_value(s).unwrap(),
            serde_json::Value::String(s.as_str().to_owned())
        );
    }
    assert_eq!(
        serde_json::to_value(kcna::StatementKind::PressConference).unwrap(),
        "press_conference"
    );
}

/// A KCNA Watch listing page ("Newstream"): cards of headlines and teasers, no
/// article of its own.
fn kcnawatch_listing() -> String {
    let mut cards = String::new();
    for i in 0..12 {
        cards.push_str(&format!(
            "<div class=\"article-card\"><div class=\"article-desc\"><h4><a href=\"https://kcnawatch.org/newstream/17732{i:05}-9170/item-{i}/\">Rally of workers and trade unionists held number {i}</a></h4>\
             <p class=\"d-none d-md-block\">A rally of workers took place at the Chollima Steel Complex on the 11th.</p>\
             <p class=\"articled-date\"><span> March 12, 2026</span></p></div></div>"
        ));
    }
    format!(
        "<html><head><title>Newstream | KCNA Watch</title><meta property=\"og:site_name\" content=\"KCNA Watch\"></head>\
         <body><header><div class=\"header-date\"><span>March 12, 2026</span></div></header>\
         <main><h1>Newstream</h1><div class=\"row\">{cards}</div></main></body></html>"
    )
}

#[test]
fn a_listing_page_of_a_known_site_is_not_an_article() {
    let html = kcnawatch_listing();
    let by_address = kcna::Options::new()
        .url("https://kcnawatch.org/newstream/")
        .parse(&html);
    assert_eq!(
        by_address.map_err(|e| e.to_string()),
        Err("not an article: no body found in the kcnawatch page".to_owned())
    );
    // Without the address the layout is less sure and the generic reader gets
    // its turn; it sees a page of headlines, so the layout's own answer stands.
    let by_markup = kcna::parse(&html);
    assert_eq!(
        by_markup,
        Err(Error::NotAnArticle {
            site: Site::KcnaWatch,
            missing: Field::Body
        })
    );
}

#[test]
fn an_error_page_is_not_an_article() {
    let html = "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>\
                <p>The requested URL was not found on this server.</p></body></html>";
    assert_eq!(
        kcna::parse(html),
        Err(Error::NotAnArticle {
            site: Site::Generic,
            missing: Field::Body
        })
    );
}

#[test]
fn a_one_line_dispatch_beside_many_headlines_is_still_an_article() {
    let mut side = String::new();
    for i in 0..15 {
        side.push_str(&format!(
            "<li><a href=\"/post/{i}\">Another headline of the blog's sidebar, number {i}</a></li>"
        ));
    }
    let html = format!(
        "<html><head><title>Electric Light Decoration - Some Blog</title></head><body>\
         <h1>Electric Light Decoration</h1><div class=\"post\"><p>Pyongyang, February 10 (KCNA) -- \
         Electric light decoration of streets in the capital city adds to the mood of the lunar New Year's Day.</p></div>\
         <aside><ul>{side}</ul></aside></body></html>"
    );
    let a = kcna::parse(&html).expect("a dispatch is an article");
    assert_eq!(a.title, "Electric Light Decoration");
    assert_eq!(a.body.len(), 1);
}
