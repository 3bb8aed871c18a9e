//! The issuing date: every form of `PHRASES.md` and the distractors.

use super::{Case, FM_SPOKESMAN, KYJ_POS, run};

#[test]
fn issuing_date_forms() {
    let cases: &[Case] = &[
        // weekday in every placement
        (
            "weekday after the object",
            "x",
            &[
                "Kim Kang Il, vice-minister of National Defence of the DPRK, made public the following press statement on Sunday:",
            ],
            Some("2024-06-02"),
            Some((
                "press_statement",
                Some("Kim Kang Il"),
                Some("vice-minister of National Defence of the DPRK"),
                Some("2024-06-02"),
            )),
        ),
        (
            "weekday before the verb, no 'on'",
            "x",
            &["A spokesman for the DPRK Foreign Ministry Monday issued a statement."],
            Some("2024-05-29"),
            Some(("statement", None, Some(FM_SPOKESMAN), Some("2024-05-27"))),
        ),
        (
            "weekday before the verb with 'on'",
            "x",
            &["A spokesman for the DPRK Foreign Ministry on Tuesday issued a statement."],
            Some("2024-05-29"),
            Some(("statement", None, Some(FM_SPOKESMAN), Some("2024-05-28"))),
        ),
        (
            "weekday between verb and object",
            "x",
            &[
                "A spokesperson for the Foreign Ministry of the DPRK released Tuesday the following press statement \"The signboard of peace\":",
            ],
            Some("2024-09-25"),
            Some((
                "press_statement",
                None,
                Some("spokesperson for the Foreign Ministry of the DPRK"),
                Some("2024-09-24"),
            )),
        ),
        (
            "weekday with 'on' between verb and object",
            "x",
            &[
                "A spokesman for the DPRK Foreign Ministry released on Saturday the following statement:",
            ],
            Some("2019-05-13"),
            Some(("statement", None, Some(FM_SPOKESMAN), Some("2019-05-11"))),
        ),
        (
            "bare weekday after the object",
            "x",
            &["A spokesman for the DPRK Foreign Ministry released the following statement Friday:"],
            Some("2019-05-13"),
            Some(("statement", None, Some(FM_SPOKESMAN), Some("2019-05-10"))),
        ),
        (
            "weekday with a time of day",
            "x",
            &[
                "Kim Yo Jong, vice department director of the Central Committee of the Workers' Party of Korea, released the following press statement on Sunday afternoon:",
            ],
            Some("2024-07-14"),
            Some((
                "press_statement",
                Some("Kim Yo Jong"),
                Some(KYJ_POS),
                Some("2024-07-14"),
            )),
        ),
        (
            "weekday after a quoted title",
            "x",
            &[
                "A spokesman for the Foreign Ministry of the DPRK issued the following press statement under the title \"We will deter the threat\" on Friday:",
            ],
            Some("2024-07-13"),
            Some((
                "press_statement",
                None,
                Some("spokesman for the Foreign Ministry of the DPRK"),
                Some("2024-07-12"),
            )),
        ),
        (
            "weekday that is the dateline's own day",
            "x",
            &[
                "Pyongyang, September 13 (KCNA) -- A spokesperson for the Disarmament and Peace Institute of the Foreign Ministry of the DPRK on Friday released the following press statement:",
            ],
            Some("2024-09-13"),
            Some((
                "press_statement",
                None,
                Some(
                    "spokesperson for the Disarmament and Peace Institute of the Foreign Ministry of the DPRK",
                ),
                Some("2024-09-13"),
            )),
        ),
        (
            "sentence-initial weekday",
            "x",
            &["On Friday, a spokesman for the DPRK Foreign Ministry released a statement."],
            Some("2019-05-13"),
            Some(("statement", None, Some(FM_SPOKESMAN), Some("2019-05-10"))),
        ),
        // month and day
        (
            "month-day before the colon",
            "x",
            &[
                "Pyongyang, May 26 (KCNA) -- Kim Kang Il, vice-minister of National Defence of the DPRK, made public the following press statement on May 25:",
            ],
            Some("2024-05-26"),
            Some((
                "press_statement",
                Some("Kim Kang Il"),
                Some("vice-minister of National Defence of the DPRK"),
                Some("2024-05-25"),
            )),
        ),
        (
            "month-day before the verb",
            "x",
            &["The Foreign Ministry of the DPRK on March 20 released a statement."],
            Some("2019-03-21"),
            Some((
                "statement",
                None,
                Some("The Foreign Ministry of the DPRK"),
                Some("2019-03-20"),
            )),
        ),
        (
            "month-day in 'in its statement on Jan. 5'",
            "x",
            &[
                "The Committee for the Peaceful Reunification of Korea in its statement on Jan. 5 said that the south Korean authorities must stop.",
            ],
            Some("2008-01-07"),
            Some((
                "statement",
                None,
                Some("The Committee for the Peaceful Reunification of Korea"),
                Some("2008-01-05"),
            )),
        ),
        (
            "passive 'was issued on November 1'",
            "x",
            &["A statement of the spokesman for the KPA General Staff was issued on November 1:"],
            Some("2010-11-02"),
            Some((
                "statement",
                None,
                Some("spokesman for the KPA General Staff"),
                Some("2010-11-01"),
            )),
        ),
        (
            "month-day after a quoted title",
            "x",
            &[
                "Kim Kang Il, vice-minister of National Defence of the Democratic People's Republic of Korea, made public the following press statement \"Sovereignty will be protected on May 20\" on May 25:",
            ],
            Some("2024-05-26"),
            Some((
                "press_statement",
                Some("Kim Kang Il"),
                Some(
                    "vice-minister of National Defence of the Democratic People's Republic of Korea",
                ),
                Some("2024-05-25"),
            )),
        ),
        (
            "abbreviated month Sept.",
            "x",
            &["A spokesman for the DPRK Foreign Ministry issued a statement on Sept. 9."],
            Some("2016-09-10"),
            Some(("statement", None, Some(FM_SPOKESMAN), Some("2016-09-09"))),
        ),
        (
            "abbreviated month Oct. before the verb",
            "x",
            &["The DPRK Foreign Ministry on Oct. 18 made public a memorandum."],
            Some("2007-10-20"),
            Some((
                "memorandum",
                None,
                Some("The DPRK Foreign Ministry"),
                Some("2007-10-18"),
            )),
        ),
        (
            "month-day with a year",
            "x",
            &["The Foreign Ministry of the DPRK issued a statement on May 25, 2009."],
            Some("2009-06-01"),
            Some((
                "statement",
                None,
                Some("The Foreign Ministry of the DPRK"),
                Some("2009-05-25"),
            )),
        ),
        (
            "today",
            "x",
            &["A spokesman for the DPRK Foreign Ministry issued a statement today."],
            Some("2006-10-03"),
            Some(("statement", None, Some(FM_SPOKESMAN), Some("2006-10-03"))),
        ),
        (
            "yesterday",
            "x",
            &["The KPA Panmunjom Mission issued a press statement yesterday."],
            Some("2006-10-03"),
            Some((
                "press_statement",
                None,
                Some("The KPA Panmunjom Mission"),
                Some("2006-10-02"),
            )),
        ),
        (
            "clock time before the date",
            "x",
            &[
                "Kim Yo Jong, vice department director of the Central Committee of the Workers' Party of Korea, released the following press statement at 10:00 on July 16:",
            ],
            Some("2024-07-16"),
            Some((
                "press_statement",
                Some("Kim Yo Jong"),
                Some(KYJ_POS),
                Some("2024-07-16"),
            )),
        ),
        (
            "day of month only (Voice of Korea)",
            "x",
            &[
                "A spokesman for the Ministry of Foreign Affairs of the DPRK issued a statement on the 20th.",
            ],
            Some("2024-03-21"),
            Some((
                "statement",
                None,
                Some("spokesman for the Ministry of Foreign Affairs of the DPRK"),
                Some("2024-03-20"),
            )),
        ),
        (
            "date at the end: signature line with its own year",
            "x",
            &[
                "Kim Yo Jong, first vice department director of the C.C., WPK, issued the following press statement:",
                "The south Korean authorities must stop the leaflets.",
                "Pyongyang, May 28, Juche109(2020)",
            ],
            Some("2020-06-04"),
            Some((
                "press_statement",
                Some("Kim Yo Jong"),
                Some("first vice department director of the C.C., WPK"),
                Some("2020-05-28"),
            )),
        ),
        (
            "statement reported in a later paragraph",
            "x",
            &[
                "Pyongyang, October 18 (KCNA) -- The ROK scum sent balloons again on Thursday.",
                "The security organs disposed of the rubbish.",
                "In this regard, a spokesman for the DPRK Ministry of Public Security released the following statement on Friday:",
                "We will respond.",
            ],
            Some("2024-10-18"),
            Some((
                "statement",
                None,
                Some("spokesman for the DPRK Ministry of Public Security"),
                Some("2024-10-18"),
            )),
        ),
        (
            "no issuing date",
            "x",
            &["A spokesman for the DPRK Foreign Ministry released the following statement:"],
            Some("2019-05-13"),
            Some(("statement", None, Some(FM_SPOKESMAN), None)),
        ),
        (
            "no reference date: a partial date stays unresolved",
            "x",
            &[
                "A spokesman for the DPRK Foreign Ministry released the following statement on Friday:",
            ],
            None,
            Some(("statement", None, Some(FM_SPOKESMAN), None)),
        ),
        (
            "no reference date, month-day",
            "x",
            &[
                "A spokesman for the DPRK Foreign Ministry released the following statement on May 3:",
            ],
            None,
            Some(("statement", None, Some(FM_SPOKESMAN), None)),
        ),
    ];
    run(cases);
}

#[test]
fn issuing_date_traps() {
    let cases: &[Case] = &[
        (
            "year boundary: December 31 in a January 1 dispatch",
            "x",
            &[
                "Pyongyang, January 1 (KCNA) -- A spokesman for the DPRK Foreign Ministry issued a statement on December 31.",
            ],
            Some("2005-01-01"),
            Some(("statement", None, Some(FM_SPOKESMAN), Some("2004-12-31"))),
        ),
        (
            "year boundary: 'on Sunday' in a text of Monday January 1",
            "x",
            &["A spokesman for the DPRK Foreign Ministry issued a press statement on Sunday."],
            Some("2024-01-01"),
            Some((
                "press_statement",
                None,
                Some(FM_SPOKESMAN),
                Some("2023-12-31"),
            )),
        ),
        (
            "year boundary: Dec. 30 abbreviated",
            "x",
            &["The Foreign Ministry of the DPRK released a memorandum on Dec. 30."],
            Some("2012-01-02"),
            Some((
                "memorandum",
                None,
                Some("The Foreign Ministry of the DPRK"),
                Some("2011-12-30"),
            )),
        ),
        (
            "body mentions earlier dates; the clause has none",
            "x",
            &[
                "Kim Son Gyong, Vice-Minister for International Organizations of the Foreign Ministry of the DPRK, released the following press statement.",
                "On February 20 the UN Security Council had a vote on the draft resolution.",
            ],
            Some("2024-02-24"),
            Some((
                "press_statement",
                Some("Kim Son Gyong"),
                Some(
                    "Vice-Minister for International Organizations of the Foreign Ministry of the DPRK",
                ),
                None,
            )),
        ),
        (
            "body mentions earlier dates; the clause has its own",
            "x",
            &[
                "Kim Son Gyong, Vice-Minister for International Organizations of the Foreign Ministry of the DPRK, released the following press statement on February 23.",
                "On February 20 the UN Security Council had a vote on the draft resolution.",
            ],
            Some("2024-02-24"),
            Some((
                "press_statement",
                Some("Kim Son Gyong"),
                Some(
                    "Vice-Minister for International Organizations of the Foreign Ministry of the DPRK",
                ),
                Some("2024-02-23"),
            )),
        ),
        (
            "a date later in the sentence is not the issuing date",
            "x",
            &[
                "A spokesman for the KPA General Staff issued a statement in connection with the drills started on March 5.",
            ],
            Some("2016-03-07"),
            Some((
                "statement",
                None,
                Some("spokesman for the KPA General Staff"),
                None,
            )),
        ),
        (
            "'on the drills of' is not a date",
            "x",
            &[
                "A spokesman for the KPA General Staff issued a statement on the U.S. drills on March 5.",
            ],
            Some("2016-03-07"),
            Some((
                "statement",
                None,
                Some("spokesman for the KPA General Staff"),
                None,
            )),
        ),
        (
            "'the 11th anniversary' is not a day of the month",
            "x",
            &[
                "A spokesman for the AINDF issued a statement on the 11th anniversary of the declaration.",
            ],
            Some("2011-06-15"),
            Some(("statement", None, Some("spokesman for the AINDF"), None)),
        ),
        (
            "'the June 15 joint declaration' is not a date",
            "x",
            &["The CPRK issued a statement on the June 15 joint declaration."],
            Some("2011-06-16"),
            Some(("statement", None, Some("The CPRK"), None)),
        ),
        (
            "a date inside the quoted title",
            "x",
            &[
                "A spokesman for the DPRK Foreign Ministry issued a statement titled \"What happened on May 3\".",
            ],
            Some("2019-05-13"),
            Some(("statement", None, Some(FM_SPOKESMAN), None)),
        ),
        (
            "the event date of the first sentence does not become the issuing date",
            "x",
            &[
                "Pyongyang, June 26 (KCNA) -- The U.S. staged drills on June 24. A spokesman for the DPRK Foreign Ministry issued a statement.",
            ],
            Some("2019-06-26"),
            Some(("statement", None, Some(FM_SPOKESMAN), None)),
        ),
        (
            "a date in the subject's narrative before the speaker is not taken",
            "x",
            &[
                "Referring to the U.S. drills started on March 5, a spokesman for the KPA General Staff issued a statement on Monday.",
            ],
            Some("2016-03-09"),
            Some((
                "statement",
                None,
                Some("spokesman for the KPA General Staff"),
                Some("2016-03-07"),
            )),
        ),
        (
            "the published day is not the issued day when the text says Friday",
            "x",
            &[
                "A spokesman for the DPRK Foreign Ministry released the following statement on Friday:",
            ],
            Some("2024-07-13"),
            Some(("statement", None, Some(FM_SPOKESMAN), Some("2024-07-12"))),
        ),
    ];
    run(cases);
}

#[test]
fn times_of_day() {
    let cases: &[Case] = &[
        (
            "weekday and time of day before the verb",
            "x",
            &[
                "Kim Yo Jong, vice department director of the Central Committee of the Workers' Party of Korea, on Sunday afternoon issued a press statement.",
            ],
            Some("2024-07-15"),
            Some((
                "press_statement",
                Some("Kim Yo Jong"),
                Some(KYJ_POS),
                Some("2024-07-14"),
            )),
        ),
        (
            "on the morning of a month-day",
            "x",
            &[
                "A spokesman for the DPRK Ministry of National Defence released a press statement on the morning of July 16.",
            ],
            Some("2024-07-17"),
            Some((
                "press_statement",
                None,
                Some("spokesman for the DPRK Ministry of National Defence"),
                Some("2024-07-16"),
            )),
        ),
    ];
    run(cases);
}
