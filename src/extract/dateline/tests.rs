//! Table tests for the dateline: every form of `PHRASES.md` ("Datelines").

use chrono::NaiveDate;

use super::{ENGLISH, KOREAN, common, english, find, locate, strip};

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

/// (paragraph, page date, want: (text, place, agency, date) or None)
type Case = (
    &'static str,
    Option<NaiveDate>,
    Option<(
        &'static str,
        &'static str,
        Option<&'static str>,
        Option<NaiveDate>,
    )>,
);

#[test]
fn dateline_table() {
    let cases: &[Case] = &[
        (
            "Pyongyang, May 29 (KCNA) -- A spokesman for the DPRK Foreign Ministry released a statement.",
            d(2024, 5, 29),
            Some((
                "Pyongyang, May 29 (KCNA) --",
                "Pyongyang",
                Some("KCNA"),
                d(2024, 5, 29),
            )),
        ),
        // The dispatch is a day before the page date.
        (
            "Pyongyang, July 7 (KCNA) -- A spokesman of the Ministry of Foreign Affairs on Saturday released the following statement:",
            d(2018, 7, 8),
            Some((
                "Pyongyang, July 7 (KCNA) --",
                "Pyongyang",
                Some("KCNA"),
                d(2018, 7, 7),
            )),
        ),
        // Two days before (lunar New Year photo caption).
        (
            "Pyongyang, February 10 (KCNA) -- Electric light decoration of streets adds to the mood.",
            d(2024, 2, 12),
            Some((
                "Pyongyang, February 10 (KCNA) --",
                "Pyongyang",
                Some("KCNA"),
                d(2024, 2, 10),
            )),
        ),
        // 2002 era: a single hyphen.
        (
            "Pyongyang, January 4 (KCNA) - The DPRK Foreign Ministry spokesman answered a question.",
            d(2002, 1, 4),
            Some((
                "Pyongyang, January 4 (KCNA) -",
                "Pyongyang",
                Some("KCNA"),
                d(2002, 1, 4),
            )),
        ),
        // Reprint with an em dash.
        (
            "Pyongyang, May 29 (KCNA) — Kim Yo Jong issued a press statement.",
            d(2024, 5, 30),
            Some((
                "Pyongyang, May 29 (KCNA) —",
                "Pyongyang",
                Some("KCNA"),
                d(2024, 5, 29),
            )),
        ),
        // En dash and no space before it.
        (
            "Pyongyang, June 2 (KCNA)– Text.",
            d(2024, 6, 2),
            Some((
                "Pyongyang, June 2 (KCNA)–",
                "Pyongyang",
                Some("KCNA"),
                d(2024, 6, 2),
            )),
        ),
        // Other places.
        (
            "Panmunjom, August 21 (KCNA) -- The KPA mission issued a notice.",
            d(2015, 8, 22),
            Some((
                "Panmunjom, August 21 (KCNA) --",
                "Panmunjom",
                Some("KCNA"),
                d(2015, 8, 21),
            )),
        ),
        (
            "Beijing, October 3 (KCNA) -- A delegation arrived here.",
            d(2019, 10, 4),
            Some((
                "Beijing, October 3 (KCNA) --",
                "Beijing",
                Some("KCNA"),
                d(2019, 10, 3),
            )),
        ),
        (
            "Vladivostok, April 25 (KCNA) -- Talks were held.",
            d(2019, 4, 26),
            Some((
                "Vladivostok, April 25 (KCNA) --",
                "Vladivostok",
                Some("KCNA"),
                d(2019, 4, 25),
            )),
        ),
        (
            "Kuala Lumpur, March 1 (KCNA) -- A statement was issued.",
            d(2017, 3, 1),
            Some((
                "Kuala Lumpur, March 1 (KCNA) --",
                "Kuala Lumpur",
                Some("KCNA"),
                d(2017, 3, 1),
            )),
        ),
        // A reprint that lost the first letter of the place.
        (
            "ongyang, November 14 (KCNA) — Jo Chol Su answered the question put by KCNA on Monday.",
            None,
            Some((
                "ongyang, November 14 (KCNA) —",
                "ongyang",
                Some("KCNA"),
                None,
            )),
        ),
        // Abbreviated month.
        (
            "Pyongyang, Sept. 9 (KCNA) -- A reception was given.",
            d(2010, 9, 9),
            Some((
                "Pyongyang, Sept. 9 (KCNA) --",
                "Pyongyang",
                Some("KCNA"),
                d(2010, 9, 9),
            )),
        ),
        (
            "Pyongyang, Dec. 31 (KCNA) -- Text.",
            d(2005, 1, 1),
            Some((
                "Pyongyang, Dec. 31 (KCNA) --",
                "Pyongyang",
                Some("KCNA"),
                d(2004, 12, 31),
            )),
        ),
        // Year boundary: a dispatch of December 31 on a page of January 1.
        (
            "Pyongyang, December 31 (KCNA) -- Text.",
            d(2005, 1, 1),
            Some((
                "Pyongyang, December 31 (KCNA) --",
                "Pyongyang",
                Some("KCNA"),
                d(2004, 12, 31),
            )),
        ),
        // No page date: no year, so no date.
        (
            "Pyongyang, May 29 (KCNA) -- Text.",
            None,
            Some((
                "Pyongyang, May 29 (KCNA) --",
                "Pyongyang",
                Some("KCNA"),
                None,
            )),
        ),
        // Agency without a dash.
        (
            "Pyongyang, May 29 (KCNA) A spokesman said.",
            d(2024, 5, 29),
            Some((
                "Pyongyang, May 29 (KCNA)",
                "Pyongyang",
                Some("KCNA"),
                d(2024, 5, 29),
            )),
        ),
        // No agency, but the dash.
        (
            "Pyongyang, May 29 -- A spokesman said.",
            d(2024, 5, 29),
            Some(("Pyongyang, May 29 --", "Pyongyang", None, d(2024, 5, 29))),
        ),
        // A year written in the dateline.
        (
            "Pyongyang, May 28, 2020 (KCNA) -- Text.",
            d(2020, 6, 1),
            Some((
                "Pyongyang, May 28, 2020 (KCNA) --",
                "Pyongyang",
                Some("KCNA"),
                d(2020, 5, 28),
            )),
        ),
        // Korean.
        (
            "(평양 5월 29일발 조선중앙통신) 조선민주주의인민공화국 외무성 대변인은 담화를 발표하였다.",
            d(2024, 5, 29),
            Some((
                "(평양 5월 29일발 조선중앙통신)",
                "평양",
                Some("KCNA"),
                d(2024, 5, 29),
            )),
        ),
        (
            "(평양 12월 31일발 조선중앙통신) 기사.",
            d(2024, 1, 1),
            Some((
                "(평양 12월 31일발 조선중앙통신)",
                "평양",
                Some("KCNA"),
                d(2023, 12, 31),
            )),
        ),
        // No comma after the place.
        (
            "Pyongyang May 29 (KCNA) -- Text.",
            d(2024, 5, 30),
            Some((
                "Pyongyang May 29 (KCNA) --",
                "Pyongyang",
                Some("KCNA"),
                d(2024, 5, 29),
            )),
        ),
        // Other language services.
        (
            "Pyongyang, 29 de mayo (ACNC) -- El portavoz del Ministerio.",
            d(2024, 5, 29),
            Some((
                "Pyongyang, 29 de mayo (ACNC) --",
                "Pyongyang",
                Some("KCNA"),
                d(2024, 5, 29),
            )),
        ),
        (
            "Пхеньян, 29 мая /ЦТАК/ -- Пресс-секретарь.",
            d(2024, 5, 30),
            Some((
                "Пхеньян, 29 мая /ЦТАК/ --",
                "Пхеньян",
                Some("KCNA"),
                d(2024, 5, 29),
            )),
        ),
        (
            "（朝中社平壤5月29日电）朝鲜外务省发言人。",
            d(2024, 5, 29),
            Some((
                "（朝中社平壤5月29日电）",
                "平壤",
                Some("KCNA"),
                d(2024, 5, 29),
            )),
        ),
        (
            "【平壌５月２９日発朝鮮中央通信】朝鮮外務省スポークスマン。",
            d(2024, 5, 29),
            Some((
                "【平壌５月２９日発朝鮮中央通信】",
                "平壌",
                Some("KCNA"),
                d(2024, 5, 29),
            )),
        ),
        ("Pyongyang, 29 de mayo se celebró.", d(2024, 5, 29), None),
        // Not datelines.
        (
            "A spokesman for the DPRK Foreign Ministry released a statement on May 29.",
            d(2024, 5, 29),
            None,
        ),
        (
            "Pyongyang, the capital, was decorated on May 29.",
            d(2024, 5, 29),
            None,
        ),
        ("However, May 29 was a holiday.", d(2024, 5, 29), None),
        ("", d(2024, 5, 29), None),
        ("(KCNA) --", d(2024, 5, 29), None),
        ("Pyongyang, May 295 (KCNA) --", d(2024, 5, 29), None),
    ];
    for (paragraph, page, want) in cases {
        let got = find(paragraph, *page);
        let got = got.as_ref().map(|g| {
            (
                g.text.as_str(),
                g.place.as_str(),
                g.agency.as_deref(),
                g.date,
            )
        });
        assert_eq!(got, *want, "paragraph {paragraph:?}");
    }
}

#[test]
fn strip_removes_only_the_dateline() {
    assert_eq!(
        strip("Pyongyang, May 20 (KCNA) -- A spokesman released it."),
        "A spokesman released it."
    );
    assert_eq!(
        strip("ongyang, November 14 (KCNA) — Jo Chol Su"),
        "Jo Chol Su"
    );
    assert_eq!(strip("(평양 5월 29일발 조선중앙통신) 본문"), "본문");
    assert_eq!(strip("No dateline here."), "No dateline here.");
}

#[test]
fn odd_input_never_panics() {
    for s in [
        "\u{feff}",
        "(",
        "(평양",
        "Pyongyang, May",
        "Pyongyang, May 29 (",
        "é, May 1 (KCNA) -- x",
        "Pyongyang, February 30 (KCNA) -- x",
        "Pyongyang, May 00 (KCNA) -- x",
    ] {
        let _ = find(s, d(2024, 5, 29));
        let _ = strip(s);
    }
}

#[test]
fn a_long_paragraph_reads_as_its_head() {
    let tail = " The text goes on.".repeat(200);
    let para = format!("Pyongyang, May 29 (KCNA) -- A spokesman said.{tail}");
    let f = find(&para, d(2020, 6, 1)).expect("dateline");
    assert_eq!(f.text, "Pyongyang, May 29 (KCNA) --");
    assert_eq!(f.date, d(2020, 5, 29));
    assert!(strip(&para).starts_with("A spokesman said."));
    // Multi-byte text across the window's edge.
    let korean = format!("(평양 5월 29일발 조선중앙통신) {}", "가".repeat(400));
    assert_eq!(
        find(&korean, None).map(|f| f.place),
        Some("평양".to_owned())
    );
    // A place too long to be one is still refused.
    let long_place = format!("{}, May 29 (KCNA) -- x", "A".repeat(700));
    assert!(find(&long_place, None).is_none());
}

/// The English and Korean forms are searched only in a paragraph that opens
/// with a letter or a bracket: no paragraph they match opens otherwise.
#[test]
fn first_character_gates_keep_every_match() {
    let heads = ["", "  ", "\u{a0}\n", "\u{3000}"];
    let texts = [
        "Pyongyang, May 29 (KCNA) -- Text",
        "ongyang, November 14 (KCNA) — Jo",
        "pyongyang May 29 --",
        "Kuala Lumpur, Sept. 9, 2020 (Xinhua) -",
        "(평양 5월 29일발 조선중앙통신) 본문",
        "( 평양 5 월 29 일 )",
    ];
    let mut matched = 0;
    for h in heads {
        for t in texts {
            let s = format!("{h}{t}");
            let first = s.trim_start().chars().next().unwrap_or(' ');
            if ENGLISH.is_match(&s) {
                matched += 1;
                assert!(first.is_ascii_alphabetic(), "{s:?}");
            }
            if KOREAN.is_match(&s) {
                matched += 1;
                assert_eq!(first, '(', "{s:?}");
            }
            assert!(locate(&s).is_some(), "{s:?}");
        }
    }
    assert_eq!(matched, heads.len() * texts.len());
}

/// The hand reader of the commonest dateline gives what the pattern gives,
/// wherever it gives anything, and gives something for the common shapes.
#[test]
fn common_form_reads_as_the_pattern() {
    let heads = [
        "Pyongyang, ",
        "Pyongyang ,",
        "Pyongyang,  ",
        " Pyongyang, ",
        "pyongyang, ",
    ];
    let months = [
        "January",
        "May",
        "June",
        "September",
        "December",
        "Sept.",
        "may",
        "Mayy",
        "Jun",
        "",
    ];
    let days = ["1", "9", "29", "31", "32", "00", "291", "05", "9th", ""];
    let mids = [
        " (KCNA) ",
        "(KCNA) ",
        " (KCNA)",
        " ( KCNA ) ",
        " (Xinhua) ",
        " (KCNA)  ",
    ];
    let dashes = ["--", "-", "---", "----", "—", "–", "", "- -", "x"];
    let tails = [" Text", "", "-x", "\u{a0}Text"];
    let (mut read, mut same) = (0, 0);
    for h in heads {
        for m in months {
            for d in days {
                for mid in mids {
                    for dash in dashes {
                        for t in tails {
                            let p = format!("{h}{m} {d}{mid}{dash}{t}");
                            if let Some(found) = common(&p) {
                                read += 1;
                                assert_eq!(Some(&found), english(&p).as_ref(), "{p:?}");
                                same += 1;
                            }
                        }
                    }
                }
            }
        }
    }
    // 5 months × 4 valid days × 4 dashes of hyphens or 2 dash characters … all
    // with the one head and the one middle that the hand reader takes.
    assert_eq!(read, same);
    assert!(read >= 5 * 4 * 5 * 4, "{read}");
    let p = "Pyongyang, May 29 (KCNA) -- Kim Yo Jong issued";
    let found = common(p).expect("the common form");
    assert_eq!(
        (found.month, found.day, found.text),
        (5, 29, "Pyongyang, May 29 (KCNA) --")
    );
}
