//! The kind of text: every kind of `PHRASES.md`, headline against body, Korean.

use super::{Case, FM_SPOKESMAN, run};

#[test]
fn kind_of_text() {
    let cases: &[Case] = &[
        (
            "answer: gave the following answer to a question raised by KCNA",
            "x",
            &[
                "Pyongyang, June 4 (KCNA) -- A spokesman for the DPRK Foreign Ministry gave the following answer to a question raised by KCNA on Monday as regards the U.S. sanctions:",
            ],
            Some("2018-06-04"),
            Some(("answer", None, Some(FM_SPOKESMAN), Some("2018-06-04"))),
        ),
        (
            "answer: answered the questions put by",
            "x",
            &[
                "Jo Chol Su, director general of the Department of International Organizations of the DPRK Foreign Ministry, answered the question put by KCNA on Monday as regards the G7 statement.",
            ],
            Some("2023-11-14"),
            Some((
                "answer",
                Some("Jo Chol Su"),
                Some(
                    "director general of the Department of International Organizations of the DPRK Foreign Ministry",
                ),
                Some("2023-11-13"),
            )),
        ),
        (
            "answer: old form 'answering a question raised by KCNA'",
            "x",
            &[
                "A spokesman for the DPRK Foreign Ministry, answering a question raised by KCNA as regards the nuclear issue, said:",
            ],
            Some("2002-01-04"),
            Some(("answer", None, Some(FM_SPOKESMAN), None)),
        ),
        (
            "answer: replied to a question",
            "x",
            &[
                "The spokesman of the KPA Panmunjom Mission replied to a question raised by a KCNA reporter today.",
            ],
            Some("2009-01-30"),
            Some((
                "answer",
                None,
                Some("spokesman of the KPA Panmunjom Mission"),
                Some("2009-01-30"),
            )),
        ),
        (
            "talk: had an interview with KCNA",
            "AINDF",
            &[
                "Jo Il Min, chief of the Pyongyang mission of the Anti-Imperialist National Democratic Front, had an interview with KCNA on Sunday on the occasion of the 11th anniversary of the June 15 joint declaration.",
            ],
            Some("2011-06-12"),
            Some((
                "talk",
                Some("Jo Il Min"),
                Some(
                    "chief of the Pyongyang mission of the Anti-Imperialist National Democratic Front",
                ),
                Some("2011-06-12"),
            )),
        ),
        (
            "talk: was interviewed with a KCNA reporter",
            "x",
            &[
                "Huang Libiao, head of the delegation of the All-China Journalists Association, was interviewed with a KCNA reporter on Thursday.",
                "He said:",
            ],
            Some("2012-09-06"),
            Some((
                "talk",
                Some("Huang Libiao"),
                Some("head of the delegation of the All-China Journalists Association"),
                Some("2012-09-06"),
            )),
        ),
        (
            "talk: a talk that is released",
            "x",
            &[
                "Pyongyang, November 11 (KCNA) -- Kim Yong Chol, chairman of the Asia-Pacific Peace Committee, released a talk on Monday.",
            ],
            Some("2019-11-11"),
            Some((
                "talk",
                Some("Kim Yong Chol"),
                Some("chairman of the Asia-Pacific Peace Committee"),
                Some("2019-11-11"),
            )),
        ),
        (
            "talks that are released are still not a talk",
            "x",
            &["The two sides released talks on the issue."],
            Some("2019-11-11"),
            None,
        ),
        (
            "speech: a New Year speech that is made",
            "x",
            &[
                "Pyongyang, January 1 (KCNA) -- Kim Jong Un, chairman of the Workers' Party of Korea, made a New Year speech on January 1.",
            ],
            Some("2019-01-01"),
            Some((
                "speech",
                Some("Kim Jong Un"),
                Some("chairman of the Workers' Party of Korea"),
                Some("2019-01-01"),
            )),
        ),
        (
            "decision: adopted by an institution",
            "x",
            &[
                "Pyongyang, March 25 (KCNA) -- The Presidium of the Supreme People's Assembly of the DPRK adopted a decision on Wednesday on holding the session.",
            ],
            Some("2010-03-25"),
            Some((
                "decision",
                None,
                Some("The Presidium of the Supreme People's Assembly of the DPRK"),
                Some("2010-03-24"),
            )),
        ),
        (
            "a meeting that adopted a statement is news",
            "x",
            &["The meeting adopted a joint statement on Friday."],
            Some("2010-03-25"),
            None,
        ),
        (
            "talks between states are not a talk",
            "Kim Jong Un Holds Talks with Putin",
            &[
                "Kim Jong Un held talks with Vladimir Putin at the Vostochny Cosmodrome on September 13.",
            ],
            Some("2023-09-14"),
            None,
        ),
        (
            "memorandum: 'Follows the full text' after the issuing sentence",
            "x",
            &[
                "Pyongyang, March 3 (KCNA) -- The DPRK Foreign Ministry made public a memorandum on Wednesday.",
                "Follows the full text of the memorandum:",
            ],
            Some("2005-03-03"),
            Some((
                "memorandum",
                None,
                Some("The DPRK Foreign Ministry"),
                Some("2005-03-02"),
            )),
        ),
        (
            "memorandum: only the 'Follows the full text' line",
            "Memorandum of DPRK Foreign Ministry",
            &[
                "Pyongyang, March 3 (KCNA) -- Follows the full text of the memorandum:",
                "The six-party talks are at a stalemate.",
            ],
            Some("2005-03-03"),
            Some(("memorandum", None, Some("DPRK Foreign Ministry"), None)),
        ),
        (
            "commentary: KCNA commentary, no issuer",
            "Japan Denies Past Crimes: KCNA Commentary",
            &[
                "Pyongyang, February 6 (KCNA) -- The following is the KCNA commentary titled \"Fascist violence that insulted the victims\":",
            ],
            Some("2024-02-06"),
            Some(("commentary", None, None, None)),
        ),
        (
            "commentary: only the title says KCNA Commentary",
            "U.S. Double Standards Blasted: KCNA Commentary",
            &["Pyongyang, May 5 (KCNA) -- The U.S. is again applying double standards."],
            Some("2010-05-05"),
            Some(("commentary", None, None, None)),
        ),
        (
            "commentary: a signed commentary of a newspaper",
            "x",
            &[
                "Rodong Sinmun Monday in a signed commentary denounced the U.S. for its arms buildup.",
            ],
            Some("2012-04-03"),
            Some((
                "commentary",
                None,
                Some("Rodong Sinmun"),
                Some("2012-04-02"),
            )),
        ),
        (
            "commentary: an analyst's contributed article",
            "Article of International Affairs Analyst",
            &[
                "Pyongyang, September 14 (KCNA) -- The full text of an article contributed by Kim Myong Chol, an international affairs analyst, titled \"The bloc will only accelerate the U.S. defeat\" says:",
            ],
            Some("2024-09-14"),
            Some((
                "commentary",
                Some("Kim Myong Chol"),
                Some("an international affairs analyst"),
                None,
            )),
        ),
        (
            "commentary: a military commentator contributes an article",
            "x",
            &[
                "Kim Kwang Hyok, a military commentator, contributed an article titled \"Dangerous drills\" to KCNA on Friday.",
            ],
            Some("2022-03-19"),
            Some((
                "commentary",
                Some("Kim Kwang Hyok"),
                Some("a military commentator"),
                Some("2022-03-18"),
            )),
        ),
        (
            "report made public by an issuer",
            "x",
            &["The Central Court of the DPRK made public the following report on Thursday:"],
            Some("2013-12-13"),
            Some((
                "report",
                None,
                Some("The Central Court of the DPRK"),
                Some("2013-12-12"),
            )),
        ),
        (
            "press release",
            "x",
            &["The DPRK Embassy in Malaysia released a press release on February 20."],
            Some("2017-02-21"),
            Some((
                "press_release",
                None,
                Some("The DPRK Embassy in Malaysia"),
                Some("2017-02-20"),
            )),
        ),
        (
            "decision",
            "x",
            &[
                "The Presidium of the Supreme People's Assembly of the DPRK on March 20 released a decision on convening the session.",
            ],
            Some("2021-03-21"),
            Some((
                "decision",
                None,
                Some("The Presidium of the Supreme People's Assembly of the DPRK"),
                Some("2021-03-20"),
            )),
        ),
        (
            "press conference: took place here today, first named speaker",
            "x",
            &[
                "Pyongyang, May 31 (KCNA) -- A press conference took place here today.",
                "Kim Yong Chol, vice-chairman of the C.C., WPK, made a speech at the press conference. Ri Son Gwon also spoke.",
            ],
            Some("2019-05-31"),
            Some((
                "press_conference",
                Some("Kim Yong Chol"),
                Some("vice-chairman of the C.C., WPK"),
                Some("2019-05-31"),
            )),
        ),
        (
            "press conference held by an institution",
            "x",
            &[
                "The Ministry of People's Security held a press conference at the People's Palace of Culture on Wednesday.",
            ],
            Some("2010-09-02"),
            Some((
                "press_conference",
                None,
                Some("The Ministry of People's Security"),
                Some("2010-09-01"),
            )),
        ),
        (
            "letter: sender as object of 'received … from'",
            "Letter to Kim Jong Un from Central Committee of AINDF",
            &[
                "Respected Supreme Leader Kim Jong Un received a congratulatory letter from the Central Committee of the Anti-Imperialist National Democratic Front (AINDF) on January 1 on the occasion of the New Year Juche 107(2018).",
            ],
            Some("2018-01-02"),
            Some((
                "letter",
                None,
                Some(
                    "the Central Committee of the Anti-Imperialist National Democratic Front (AINDF)",
                ),
                Some("2018-01-01"),
            )),
        ),
        (
            "letter: sender as subject",
            "x",
            &[
                "Choe Son Hui, minister of Foreign Affairs of the DPRK, sent a letter to the UN secretary-general on Tuesday.",
            ],
            Some("2023-07-20"),
            Some((
                "letter",
                Some("Choe Son Hui"),
                Some("minister of Foreign Affairs of the DPRK"),
                Some("2023-07-18"),
            )),
        ),
        (
            "speech",
            "x",
            &[
                "Kim Song, permanent representative of the DPRK to the UN, made a speech at the UN General Assembly on Saturday.",
            ],
            Some("2019-09-30"),
            Some((
                "speech",
                Some("Kim Song"),
                Some("permanent representative of the DPRK to the UN"),
                Some("2019-09-28"),
            )),
        ),
        (
            "body wins: title 'Press Statement', body 'statement'",
            "Press Statement of Spokesperson for DPRK Foreign Ministry",
            &[
                "Pyongyang, November 2 (KCNA) -- A spokesperson for the Foreign Ministry of the DPRK issued the following statement titled \"The DPRK will intensify its efforts\" on Friday:",
            ],
            Some("2024-11-02"),
            Some((
                "statement",
                None,
                Some("spokesperson for the Foreign Ministry of the DPRK"),
                Some("2024-11-01"),
            )),
        ),
        (
            "body wins: title 'Statement', body 'press statement', which said",
            "Statement by Chief of Foreign News Section",
            &[
                "Pyongyang, August 23 (KCNA) -- The chief of the Foreign News Section of the Department of Press and Information of the DPRK Foreign Ministry on Thursday issued a press statement \"To keep military balance is prerequisite for peace\", which said:",
            ],
            Some("2024-08-23"),
            Some((
                "press_statement",
                None,
                Some(
                    "chief of the Foreign News Section of the Department of Press and Information of the DPRK Foreign Ministry",
                ),
                Some("2024-08-22"),
            )),
        ),
        (
            "joint statement of organisations abroad",
            "DPRK's Efforts Hailed by British Organizations",
            &[
                "The British Group for the Study of the Juche Idea, the British Association for the Study of Songun Policy and the British Branch of the Korean Friendship Association issued a joint statement on Nov. 2 in connection with the fact that leader Kim Jong Il gave answers to questions put by ITAR-TASS of Russia.",
            ],
            Some("2011-11-08"),
            Some((
                "statement",
                None,
                Some("The British Group for the Study of the Juche Idea"),
                Some("2011-11-02"),
            )),
        ),
        (
            "KCNA authorized to report",
            "x",
            &["Pyongyang, July 5 (KCNA) -- KCNA is authorized to report the following:"],
            Some("2006-07-05"),
            Some(("report", None, Some("KCNA"), None)),
        ),
    ];
    run(cases);
}

#[test]
fn headline_commentary_over_a_narrated_statement() {
    let cases: &[Case] = &[
        (
            "a KCNA commentary opening with another body's statement",
            "S. Korean Puppets' Anti-DPRK Racket Blasted: KCNA Commentary",
            &[
                "Pyongyang, April 2 (KCNA) -- The south Korean puppet Defense Ministry issued a statement on Monday, claiming that the DPRK poses a threat.",
            ],
            Some("2019-04-02"),
            Some(("commentary", None, None, None)),
        ),
        (
            "a quoted 'report' of the U.S. is not a report issued",
            "x",
            &["The U.S. State Department made public a \"report\" on human rights on Tuesday."],
            Some("2019-03-15"),
            None,
        ),
    ];
    run(cases);
}

#[test]
fn the_agency_authorized_to_report() {
    let cases: &[Case] = &[(
        "the agency of the DPRK authorized to make public a report",
        "x",
        &[
            "Pyongyang, May 12 (KCNA) -- The Korean Central News Agency of the DPRK is authorized to make public the following report:",
        ],
        Some("2009-05-12"),
        Some((
            "report",
            None,
            Some("The Korean Central News Agency of the DPRK"),
            None,
        )),
    )];
    run(cases);
}

#[test]
fn korean_texts() {
    let cases: &[Case] = &[
        (
            "spokesman's press statement (담화), day of the month",
            "조선민주주의인민공화국 외무성 대변인 담화",
            &[
                "(평양 5월 29일발 조선중앙통신) 조선민주주의인민공화국 외무성 대변인은 29일 다음과 같은 담화를 발표하였다.",
                "본문.",
            ],
            Some("2024-05-29"),
            Some((
                "press_statement",
                None,
                Some("조선민주주의인민공화국 외무성 대변인"),
                Some("2024-05-29"),
            )),
        ),
        (
            "position first, name last",
            "김여정 담화",
            &["조선로동당 중앙위원회 부부장 김여정은 10일 담화를 발표하였다."],
            Some("2024-07-11"),
            Some((
                "press_statement",
                Some("김여정"),
                Some("조선로동당 중앙위원회 부부장"),
                Some("2024-07-10"),
            )),
        ),
        (
            "name first, month and day",
            "성명",
            &["김여정 조선로동당 중앙위원회 부부장은 5월 31일 성명을 발표하였다."],
            Some("2024-06-01"),
            Some((
                "statement",
                Some("김여정"),
                Some("조선로동당 중앙위원회 부부장"),
                Some("2024-05-31"),
            )),
        ),
        (
            "answer to a question of KCNA, no date",
            "조선민주주의인민공화국 외무성 대변인 조선중앙통신사 기자의 질문에 대답",
            &[
                "조선민주주의인민공화국 외무성 대변인은 조선중앙통신사 기자가 제기한 질문에 다음과 같이 대답하였다.",
            ],
            Some("2024-03-02"),
            Some((
                "answer",
                None,
                Some("조선민주주의인민공화국 외무성 대변인"),
                None,
            )),
        ),
        (
            "KCNA commentary (headline only)",
            "조선중앙통신사 론평",
            &["미국이 또다시 제재를 들고나왔다."],
            Some("2024-03-02"),
            Some(("commentary", None, None, None)),
        ),
        (
            "memorandum 'on this day' (이날)",
            "비망록",
            &["조선민주주의인민공화국 외무성은 이날 비망록을 발표하였다."],
            Some("2005-03-02"),
            Some((
                "memorandum",
                None,
                Some("조선민주주의인민공화국 외무성"),
                Some("2005-03-02"),
            )),
        ),
        (
            "field guidance is news",
            "경애하는 김정은동지께서 현지지도",
            &["조선로동당 총비서이신 김정은동지께서 건설장을 현지지도하시였다."],
            Some("2025-07-14"),
            None,
        ),
    ];
    run(cases);
}
