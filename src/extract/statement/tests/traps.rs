//! News items, statements merely mentioned, the other side's statements, and
//! hostile input.

use chrono::NaiveDate;

use super::{Case, extract, run};

#[test]
fn no_statement_for_news() {
    let cases: &[Case] = &[
        (
            "banquet on Monday",
            "Banquets Given in Celebration of New Year 2024",
            &[
                "Pyongyang, January 2 (KCNA) -- Banquets in celebration of the new year 2024 were held in Pyongyang on Monday.",
                "Present there were Choe Ryong Hae and other officials.",
            ],
            Some("2024-01-02"),
            None,
        ),
        (
            "leader's field guidance",
            "Respected Comrade Kim Jong Un Visits Construction Site",
            &[
                "Pyongyang, July 14 (KCNA) - Kim Jong Un, general secretary of the Workers' Party of Korea, gave field guidance at the construction site on July 13.",
            ],
            Some("2025-07-14"),
            None,
        ),
        (
            "press review mentions a press statement in a bullet",
            "Review of Rodong Sinmun",
            &[
                "Pyongyang, March 24 (KCNA) -- Following are major news items and articles in Rodong Sinmun, a leading newspaper of the DPRK, on Monday:",
                "- An editorial calls for conducting the brisk socialist emulation.",
                "- Another article calls for ushering in a new heyday.",
                "- The Institute for Disarmament and Peace of the Foreign Ministry of the DPRK made public a press statement to inform the international community of the danger of the war exercises.",
            ],
            Some("2025-03-24"),
            None,
        ),
        (
            "meeting report: a speech and a report at a meeting are news",
            "National Meeting Held",
            &[
                "Pyongyang, April 14 (KCNA) -- A national meeting was held in Pyongyang on Sunday to mark the Day of the Sun. Choe Ryong Hae made a report at the meeting.",
            ],
            Some("2019-04-15"),
            None,
        ),
        (
            "event with a previous year's date",
            "Japan Comes under Fire for Its Past Aggression Crimes",
            &[
                "Members of young people's organization in south Korea staged a demo in Seoul on Dec. 27, 2017 to protest against the crimes of the Japanese imperialists.",
            ],
            Some("2018-01-04"),
            None,
        ),
        (
            "visit on Jan. 1",
            "Respected Comrade Kim Jong Un Visits Kumsusan Palace of Sun",
            &[
                "Greeting the new year, the whole country is overflowing with reverence.",
                "Kim Jong Un visited the Kumsusan Palace of the Sun on Jan. 1, Juche 111 (2022).",
            ],
            Some("2022-01-02"),
            None,
        ),
        (
            "a statement reported by someone else is not this text's",
            "x",
            &["Foreign media reported that the ROK military issued a statement on Monday."],
            Some("2024-01-09"),
            None,
        ),
        (
            "photo caption",
            "Electric Light Decoration",
            &[
                "Pyongyang, February 10 (KCNA) -- Electric light decoration of streets in the capital city adds to the mood of the lunar New Year's Day.",
            ],
            Some("2024-02-10"),
            None,
        ),
        (
            "a statement mentioned later in a news item without introducing it",
            "Rally Held in Pyongyang",
            &[
                "Pyongyang, June 25 (KCNA) -- A mass rally was held in Pyongyang on Tuesday.",
                "Speakers denounced the U.S.",
                "They supported the statement of the DPRK government issued on June 20.",
            ],
            Some("2019-06-25"),
            None,
        ),
        ("empty body", "", &[], Some("2024-01-01"), None),
    ];
    run(cases);
}

#[test]
fn mentioned_statements_are_not_this_text() {
    let cases: &[Case] = &[
        (
            "newspaper commentary over another statement",
            "Rodong Sinmun Flails S. Korean Defense Minister's Remarks",
            &[
                "The DPRK's major newspaper Rodong Sinmun in a signed commentary today censured Kim Kwan Jin, puppet minister of Defense of south Korea, for his belligerent remarks over the statement of a spokesman for the General Staff of the Korean People's Army.",
            ],
            Some("2011-06-15"),
            Some((
                "commentary",
                None,
                Some("The DPRK's major newspaper Rodong Sinmun"),
                Some("2011-06-15"),
            )),
        ),
        (
            "answers by a leader mentioned after the clause",
            "x",
            &[
                "The Korean Friendship Association issued a statement on Sunday in support of the answers given by Kim Jong Il to questions put by Kyodo.",
            ],
            Some("2010-05-11"),
            Some((
                "statement",
                None,
                Some("The Korean Friendship Association"),
                Some("2010-05-09"),
            )),
        ),
        (
            "a 'Joint Statement' in a later paragraph does not change the kind",
            "FM Spokesman on DPRK-U.S. High-level Talks",
            &[
                "Pyongyang, July 7 (KCNA) -- A spokesman of the Ministry of the Foreign Affairs of the Democratic People's Republic of Korea on Saturday released the following statement:",
                "International society focused its attention on the talks for the implementation of the Joint Statement of the DPRK-U.S. summit, held on 6 and 7 July.",
            ],
            Some("2018-07-07"),
            Some((
                "statement",
                None,
                Some(
                    "spokesman of the Ministry of the Foreign Affairs of the Democratic People's Republic of Korea",
                ),
                Some("2018-07-07"),
            )),
        ),
        (
            "a statement quoted in the title of another",
            "x",
            &[
                "A spokesman for the KPA General Staff issued a press statement titled \"The statement of the U.S. on March 3 is nonsense\" on Sunday.",
            ],
            Some("2016-03-07"),
            Some((
                "press_statement",
                None,
                Some("spokesman for the KPA General Staff"),
                Some("2016-03-06"),
            )),
        ),
    ];
    run(cases);
}

#[test]
fn the_other_sides_statements_are_not_issued_here() {
    let cases: &[Case] = &[
        (
            "the U.S. said in a statement",
            "U.S. Sanctions Racket Slammed",
            &[
                "Pyongyang, May 15 (KCNA) -- The U.S. said in a statement that it will sanction the DPRK.",
            ],
            Some("2019-05-15"),
            None,
        ),
        (
            "Japan's prime minister in a speech",
            "x",
            &[
                "Japan's Prime Minister Abe said in a speech on Monday that the DPRK must be pressured.",
            ],
            Some("2019-05-15"),
            None,
        ),
        (
            "…, said the puppet ministry in a statement",
            "x",
            &[
                "The DPRK poses a threat, said the puppet defense ministry of south Korea in a statement on Monday.",
            ],
            Some("2019-05-15"),
            None,
        ),
        (
            "a supporting statement of an organisation abroad is a statement",
            "x",
            &[
                "The Mongolian Association for the Study of the Juche Idea issued a statement supporting the DPRK government statement.",
            ],
            Some("2019-05-15"),
            Some((
                "statement",
                None,
                Some("The Mongolian Association for the Study of the Juche Idea"),
                None,
            )),
        ),
    ];
    run(cases);
}

#[test]
fn hostile_input_never_panics() {
    let long = "A spokesman ".repeat(5000);
    let inputs: Vec<Vec<String>> = vec![
        vec![String::new()],
        vec!["\"".to_owned()],
        vec!["“unclosed".to_owned()],
        vec!["issued a statement".to_owned()],
        vec!["In a statement, , said".to_owned()],
        vec![long.clone()],
        vec![format!("{long} issued a statement on Monday:")],
        vec!["é issued the following statement on the 99th:".to_owned()],
        vec!["Kim issued a statement on February 30.".to_owned()],
        vec!["평양 issued 성명 on 월요일".to_owned()],
        vec![",,,,:::;;;...".to_owned()],
        vec!["The following is the press statement of".to_owned()],
        vec!["Pyongyang, May 28, Juche109(2020)".to_owned()],
        vec!["x".to_owned(); 50],
    ];
    for body in &inputs {
        for reference in [None, NaiveDate::from_ymd_opt(2024, 1, 1)] {
            let _ = extract("Press Statement of", body, reference);
            let _ = extract("", body, reference);
        }
    }
}

/// Random texts built from the words the extractors look for, mixed with
/// multi-byte characters and unbalanced quotes: nothing may panic.
#[test]
fn random_texts_never_panic() {
    const WORDS: &[&str] = &[
        "Pyongyang,",
        "May",
        "29",
        "(KCNA)",
        "--",
        "—",
        "A",
        "spokesman",
        "for",
        "the",
        "DPRK",
        "Foreign",
        "Ministry",
        "issued",
        "released",
        "the following",
        "press",
        "statement",
        "answer",
        "to a question",
        "raised by KCNA",
        "on",
        "Monday",
        "Sept.",
        "at",
        "10:00",
        "today",
        "the 20th",
        "Kim",
        "Yo",
        "Jong,",
        "Ri",
        "Son",
        "Gwon",
        "said",
        "in",
        "an",
        "interview",
        "with",
        "KCNA",
        "\"",
        "“",
        "”",
        ":",
        ".",
        ",",
        "평양",
        "5월",
        "29일발",
        "담화를",
        "발표하였다.",
        "은",
        "Ü",
        "é",
        "(",
        ")",
        "The following is",
        "of",
        "by",
        "was issued",
        "from",
        "letter",
        "received",
        "Juche109(2020)",
        "U.S.",
        "C.C.,",
        "WPK",
        "In a statement",
        "Answering",
        "'",
        "‘crucial",
        "’",
        "\u{a0}",
        "",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        usize::try_from(seed % n as u64).unwrap_or(0)
    };
    for _ in 0..400 {
        let paragraphs = 1 + next(4);
        let mut body = Vec::new();
        for _ in 0..paragraphs {
            let n = next(40);
            let words: Vec<&str> = (0..n).map(|_| WORDS[next(WORDS.len())]).collect();
            body.push(words.join(if next(2) == 0 { " " } else { "" }));
        }
        let title = WORDS[next(WORDS.len())];
        for reference in [None, NaiveDate::from_ymd_opt(2024, 1, 1)] {
            let _ = extract(title, &body, reference);
        }
        let _ = crate::extract::dateline::find(&body[0], NaiveDate::from_ymd_opt(2024, 1, 1));
    }
}
