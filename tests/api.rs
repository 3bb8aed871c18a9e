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
