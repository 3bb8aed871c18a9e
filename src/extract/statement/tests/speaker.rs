//! Where the speaker stands, and what is and is not part of the issuer.

use super::{Case, FM_SPOKESMAN, KYJ_POS, run};

#[test]
fn where_the_speaker_stands() {
    let cases: &[Case] = &[
        (
            "name, position, verb",
            "Press Statement of Kim Yo Jong",
            &[
                "Pyongyang, July 14 (KCNA) -- Kim Yo Jong, vice department director of the Central Committee of the Workers' Party of Korea, issued the following press statement on Sunday:",
                "The ROK scum are again scattering leaflets.",
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
            "position first, then name",
            "Press Statement of DPRK Foreign Minister",
            &[
                "Pyongyang, January 12 (KCNA) -- DPRK Foreign Minister Choe Son Hui on Thursday made public a press statement:",
            ],
            Some("2024-01-12"),
            Some((
                "press_statement",
                Some("Choe Son Hui"),
                Some("DPRK Foreign Minister"),
                Some("2024-01-11"),
            )),
        ),
        (
            "position first, long title",
            "Statement",
            &[
                "First Vice-Minister of Foreign Affairs Kim Kye Gwan on March 20 released a statement denouncing the sanctions.",
            ],
            Some("2019-03-21"),
            Some((
                "statement",
                Some("Kim Kye Gwan"),
                Some("First Vice-Minister of Foreign Affairs"),
                Some("2019-03-20"),
            )),
        ),
        (
            "unnamed spokesman, for, DPRK",
            "x",
            &[
                "Pyongyang, March 5 (KCNA) -- A spokesman for the DPRK Foreign Ministry released the following statement on Tuesday:",
            ],
            Some("2019-03-05"),
            Some(("statement", None, Some(FM_SPOKESMAN), Some("2019-03-05"))),
        ),
        (
            "unnamed spokesperson, of, ministry",
            "x",
            &[
                "The spokesperson of the Ministry of National Defence of the DPRK issued a press statement on Monday.",
            ],
            Some("2024-05-29"),
            Some((
                "press_statement",
                None,
                Some("spokesperson of the Ministry of National Defence of the DPRK"),
                Some("2024-05-27"),
            )),
        ),
        (
            "unnamed spokesman, title before the noun",
            "x",
            &["The DPRK Foreign Ministry spokesman Tuesday issued a statement."],
            Some("2006-10-04"),
            Some((
                "statement",
                None,
                Some("DPRK Foreign Ministry spokesman"),
                Some("2006-10-03"),
            )),
        ),
        (
            "institution keeps its article",
            "x",
            &[
                "Pyongyang, March 3 (KCNA) -- The Foreign Ministry of the DPRK released a memorandum on March 2 as regards the six-party talks.",
            ],
            Some("2005-03-03"),
            Some((
                "memorandum",
                None,
                Some("The Foreign Ministry of the DPRK"),
                Some("2005-03-02"),
            )),
        ),
        (
            "institution: permanent mission",
            "x",
            &["The permanent mission of the DPRK to the UN issued a press release on Friday."],
            Some("2017-09-23"),
            Some((
                "press_release",
                None,
                Some("The permanent mission of the DPRK to the UN"),
                Some("2017-09-22"),
            )),
        ),
        (
            "institution: the agency itself makes public a report",
            "x",
            &[
                "Pyongyang, December 18 (KCNA) -- The Korean Central News Agency made public the following report on Monday:",
            ],
            Some("2017-12-18"),
            Some((
                "report",
                None,
                Some("The Korean Central News Agency"),
                Some("2017-12-18"),
            )),
        ),
        (
            "speaker as object of 'The following is'",
            "x",
            &[
                "Pyongyang, August 1 (KCNA) -- The following is the press statement of Kim Yo Jong, vice department director of the C.C., WPK, titled \"We will watch the ROK\":",
            ],
            Some("2024-08-01"),
            Some((
                "press_statement",
                Some("Kim Yo Jong"),
                Some("vice department director of the C.C., WPK"),
                None,
            )),
        ),
        (
            "speaker after the content",
            "x",
            &[
                "Pyongyang, January 10 (KCNA) -- The U.S. should drop its hostile policy, said a spokesman for the DPRK Foreign Ministry in an answer given to a question raised by KCNA Thursday.",
            ],
            Some("2003-01-10"),
            Some(("answer", None, Some(FM_SPOKESMAN), Some("2003-01-09"))),
        ),
        (
            "speaker after the content, 'the spokesman said in a statement'",
            "x",
            &[
                "The DPRK will never give up its nuclear deterrent, the spokesman for the KPA General Staff said in a statement on Friday.",
            ],
            Some("2016-03-26"),
            Some((
                "statement",
                None,
                Some("spokesman for the KPA General Staff"),
                Some("2016-03-25"),
            )),
        ),
        (
            "unnamed official by title",
            "x",
            &[
                "The new department director general of the DPRK Foreign Ministry for negotiations with the U.S. issued a statement on Saturday.",
            ],
            Some("2019-06-01"),
            Some((
                "statement",
                None,
                Some(
                    "new department director general of the DPRK Foreign Ministry for negotiations with the U.S.",
                ),
                Some("2019-06-01"),
            )),
        ),
        (
            "position containing commas",
            "x",
            &[
                "Kwon Jong Gun, Director-General of the Department of American Affairs, Ministry of Foreign Affairs of the Democratic People's Republic of Korea, released a press statement on Friday.",
            ],
            Some("2020-01-11"),
            Some((
                "press_statement",
                Some("Kwon Jong Gun"),
                Some(
                    "Director-General of the Department of American Affairs, Ministry of Foreign Affairs of the Democratic People's Republic of Korea",
                ),
                Some("2020-01-10"),
            )),
        ),
        (
            "speaker only in the title",
            "Spokesman for DPRK Ministry of Public Security Releases Statement",
            &[
                "Pyongyang, October 18 (KCNA) -- On Friday morning, rubbish scattered by balloons was found again near the southern border.",
                "The security organs examined and disposed of it.",
            ],
            Some("2024-10-18"),
            Some((
                "statement",
                None,
                Some("Spokesman for DPRK Ministry of Public Security"),
                None,
            )),
        ),
        (
            "title form: name first with CC, WPK",
            "Press statement of Kim Yo Jong, Department Director of CC, WPK",
            &["The ROK authorities had better stop their farce."],
            Some("2020-06-13"),
            Some((
                "press_statement",
                Some("Kim Yo Jong"),
                Some("Department Director of CC, WPK"),
                None,
            )),
        ),
        (
            "title form: position first with name last",
            "Press Statement of Vice Department Director of C.C., WPK Kim Yo Jong",
            &["The ROK authorities had better stop their farce."],
            Some("2024-06-21"),
            Some((
                "press_statement",
                Some("Kim Yo Jong"),
                Some("Vice Department Director of C.C., WPK"),
                None,
            )),
        ),
        (
            "title form: by an unnamed director general",
            "Press Statement by Director General of Department of U.S. Affairs of DPRK Foreign Ministry",
            &["The U.S. is again resorting to sanctions."],
            Some("2019-11-18"),
            Some((
                "press_statement",
                None,
                Some("Director General of Department of U.S. Affairs of DPRK Foreign Ministry"),
                None,
            )),
        ),
        (
            "title form: vice-foreign minister",
            "Press statement of Vice-Foreign Minister of DPRK",
            &["The UN Security Council has again failed in its duty."],
            Some("2024-02-24"),
            Some((
                "press_statement",
                None,
                Some("Vice-Foreign Minister of DPRK"),
                None,
            )),
        ),
        (
            "several speakers: the first",
            "x",
            &[
                "Kim Yong Chol, director of the United Front Department, and Ri Son Gwon, chairman of the Committee for the Peaceful Reunification of the Country, issued a joint statement on Monday.",
            ],
            Some("2019-01-08"),
            Some((
                "statement",
                Some("Kim Yong Chol"),
                Some("director of the United Front Department"),
                Some("2019-01-07"),
            )),
        ),
        (
            "several institutions: the first",
            "x",
            &[
                "The Korean Democratic Women's Union, the Kim Il Sung Socialist Youth League and the General Federation of Trade Unions of Korea issued a joint statement on Nov. 2.",
            ],
            Some("2011-11-08"),
            Some((
                "statement",
                None,
                Some("The Korean Democratic Women's Union"),
                Some("2011-11-02"),
            )),
        ),
        (
            "foreign name with a person's title after it",
            "x",
            &[
                "Dmitry Novikov, first deputy chairman of the International Affairs Committee of the State Duma of Russia, had an interview with KCNA on Monday.",
            ],
            Some("2019-09-17"),
            Some((
                "talk",
                Some("Dmitry Novikov"),
                Some(
                    "first deputy chairman of the International Affairs Committee of the State Duma of Russia",
                ),
                Some("2019-09-16"),
            )),
        ),
        (
            "name as the only subject",
            "x",
            &["Kim Yo Jong issued a press statement on Tuesday."],
            Some("2022-08-19"),
            Some((
                "press_statement",
                Some("Kim Yo Jong"),
                None,
                Some("2022-08-16"),
            )),
        ),
        (
            "leading adverbial before the subject",
            "x",
            &[
                "In this regard, a spokesman for the Committee for the Peaceful Reunification of Korea issued a statement on Wednesday.",
            ],
            Some("2013-03-07"),
            Some((
                "statement",
                None,
                Some("spokesman for the Committee for the Peaceful Reunification of Korea"),
                Some("2013-03-06"),
            )),
        ),
        (
            "subject with (DPRK) in brackets",
            "x",
            &[
                "A spokesperson of the Foreign Ministry of the Democratic People's Republic of Korea (DPRK) Monday issued the following press statement \"Hostile acts will never be tolerated\":",
            ],
            Some("2024-05-27"),
            Some((
                "press_statement",
                None,
                Some(
                    "spokesperson of the Foreign Ministry of the Democratic People's Republic of Korea (DPRK)",
                ),
                Some("2024-05-27"),
            )),
        ),
    ];
    run(cases);
}

#[test]
fn more_forms() {
    let cases: &[Case] = &[
        (
            "leading participle: 'Answering a question raised by KCNA on Monday, …'",
            "x",
            &[
                "Answering a question raised by KCNA on Monday, a spokesman for the DPRK Foreign Ministry said:",
            ],
            Some("2006-07-12"),
            Some(("answer", None, Some(FM_SPOKESMAN), Some("2006-07-10"))),
        ),
        (
            "leading 'In a statement issued on …, <issuer> said'",
            "x",
            &[
                "In a statement issued on Thursday, the Secretariat of the Committee for the Peaceful Reunification of Korea said the south Korean authorities must apologize.",
            ],
            Some("2014-02-28"),
            Some((
                "statement",
                None,
                Some("the Secretariat of the Committee for the Peaceful Reunification of Korea"),
                Some("2014-02-27"),
            )),
        ),
        (
            "'The following is the full text of the answer given by …'",
            "x",
            &[
                "The following is the full text of the answer given by a spokesman for the DPRK Foreign Ministry to a question raised by KCNA on Sunday:",
            ],
            Some("2017-08-08"),
            Some(("answer", None, Some(FM_SPOKESMAN), Some("2017-08-06"))),
        ),
        (
            "passive with the issuer after the verb",
            "x",
            &[
                "A press statement was issued by the Korean Committee for Solidarity with the World People on Monday.",
            ],
            Some("2015-03-03"),
            Some((
                "press_statement",
                None,
                Some("the Korean Committee for Solidarity with the World People"),
                Some("2015-03-02"),
            )),
        ),
        (
            "a single-quoted 'crucial statement'",
            "x",
            &[
                "The Supreme Command of the Korean People's Army issued the following 'crucial statement' on Friday:",
            ],
            Some("2016-02-27"),
            Some((
                "statement",
                None,
                Some("The Supreme Command of the Korean People's Army"),
                Some("2016-02-26"),
            )),
        ),
        (
            "a leader's speech: honorifics are not a position",
            "x",
            &["Respected Comrade Kim Jong Un made a speech at the ceremony on Saturday."],
            Some("2019-04-14"),
            Some(("speech", Some("Kim Jong Un"), None, Some("2019-04-13"))),
        ),
        (
            "the heading repeated as the first paragraph",
            "Press Statement of DPRK Foreign Ministry Spokesperson",
            &[
                "Press Statement of DPRK Foreign Ministry Spokesperson",
                "Pyongyang, November 2 (KCNA) -- A spokesperson for the DPRK Foreign Ministry issued a press statement on Friday.",
            ],
            Some("2024-11-02"),
            Some((
                "press_statement",
                None,
                Some("spokesperson for the DPRK Foreign Ministry"),
                Some("2024-11-01"),
            )),
        ),
        (
            "a newspaper's article: 'carries an article' with the weekday before the verb",
            "x",
            &["Rodong Sinmun Sunday carries an article titled \"Sanctions will fail\"."],
            Some("2017-10-01"),
            Some((
                "commentary",
                None,
                Some("Rodong Sinmun"),
                Some("2017-10-01"),
            )),
        ),
        (
            "'said in a press statement' after the subject",
            "x",
            &[
                "A spokesman for the KPA General Staff said in a press statement on Thursday that the drills are a provocation.",
            ],
            Some("2016-07-22"),
            Some((
                "press_statement",
                None,
                Some("spokesman for the KPA General Staff"),
                Some("2016-07-21"),
            )),
        ),
        (
            "an answer in the subject-before form with a comma",
            "x",
            &[
                "A spokesman for the DPRK Foreign Ministry, in an answer to a question raised by KCNA on Monday, said the sanctions are null and void.",
            ],
            Some("2017-06-06"),
            Some(("answer", None, Some(FM_SPOKESMAN), Some("2017-06-05"))),
        ),
        (
            "a letter from a foreign head of state, name after the title",
            "x",
            &["Kim Jong Un received a letter from U.S. President Donald Trump on Saturday."],
            Some("2019-06-23"),
            Some((
                "letter",
                Some("Donald Trump"),
                Some("U.S. President"),
                Some("2019-06-22"),
            )),
        ),
        (
            "the government's statement",
            "x",
            &["Pyongyang, August 8 (KCNA) -- The DPRK government issued a statement today."],
            Some("2017-08-08"),
            Some((
                "statement",
                None,
                Some("The DPRK government"),
                Some("2017-08-08"),
            )),
        ),
        (
            "day of the month in a Voice of Korea text, followed by a connective",
            "x",
            &[
                "A spokesperson for the Ministry of Foreign Affairs of the DPRK released a press statement on the 18th in connection with the drills.",
            ],
            Some("2024-03-19"),
            Some((
                "press_statement",
                None,
                Some("spokesperson for the Ministry of Foreign Affairs of the DPRK"),
                Some("2024-03-18"),
            )),
        ),
        (
            "a congratulatory message is not a statement",
            "Kim Jong Un Sends Greetings",
            &["Kim Jong Un sent a congratulatory message to the President of Laos on Monday."],
            Some("2024-12-03"),
            None,
        ),
    ];
    run(cases);
}

#[test]
fn later_sentences_of_the_first_paragraph() {
    let cases: &[Case] = &[
        (
            "participants of a rally issuing a statement: news",
            "Mass Rally Held",
            &[
                "Pyongyang, June 25 (KCNA) -- A mass rally was held at Kim Il Sung Square on Tuesday. The participants issued a joint statement.",
            ],
            Some("2019-06-25"),
            None,
        ),
        (
            "a spokesman's statement reported in the second sentence",
            "x",
            &[
                "Pyongyang, October 18 (KCNA) -- The ROK sent balloons again. A spokesman for the Ministry of Public Security issued a statement on Friday.",
            ],
            Some("2024-10-18"),
            Some((
                "statement",
                None,
                Some("spokesman for the Ministry of Public Security"),
                Some("2024-10-18"),
            )),
        ),
        (
            "'This was stated by …' after the content",
            "x",
            &[
                "Pyongyang, May 15 (KCNA) -- The U.S. is getting ever more frantic. This was stated by a spokesman for the DPRK Foreign Ministry in a statement on Tuesday.",
            ],
            Some("2019-05-15"),
            Some(("statement", None, Some(FM_SPOKESMAN), Some("2019-05-14"))),
        ),
        (
            "a newspaper with a weekday before 'in an article'",
            "x",
            &["Minju Choson Wednesday in an article observed that the authorities must stop."],
            Some("2019-05-15"),
            Some(("commentary", None, Some("Minju Choson"), Some("2019-05-15"))),
        ),
        (
            "a letter to a lowercase addressee",
            "x",
            &[
                "The Central Committee of the Workers' Party of Korea and the Central Military Commission of the WPK sent a letter to all soldiers on Tuesday.",
            ],
            Some("2019-05-15"),
            Some((
                "letter",
                None,
                Some("The Central Committee of the Workers' Party of Korea"),
                Some("2019-05-14"),
            )),
        ),
        (
            "a speech at a numbered session",
            "x",
            &[
                "Kim Jong Un, chairman of the WPK, made an important speech at the 1st Session of the 14th SPA on Friday.",
            ],
            Some("2019-04-14"),
            Some((
                "speech",
                Some("Kim Jong Un"),
                Some("chairman of the WPK"),
                Some("2019-04-12"),
            )),
        ),
        (
            "an interview given to the press",
            "x",
            &[
                "Jang Myong Jin, director of the Sohae Satellite Launching Ground, gave an interview to the press on Tuesday.",
            ],
            Some("2019-05-15"),
            Some((
                "talk",
                Some("Jang Myong Jin"),
                Some("director of the Sohae Satellite Launching Ground"),
                Some("2019-05-14"),
            )),
        ),
        (
            "position first with the name set off by commas",
            "x",
            &[
                "The DPRK ambassador to China, Ri Ryong Nam, held a press conference in Beijing on Tuesday.",
            ],
            Some("2019-05-15"),
            Some((
                "press_conference",
                Some("Ri Ryong Nam"),
                Some("DPRK ambassador to China"),
                Some("2019-05-14"),
            )),
        ),
    ];
    run(cases);
}

#[test]
fn auxiliaries_before_the_verb() {
    let cases: &[Case] = &[
        (
            "'has issued'",
            "x",
            &["The DPRK Foreign Ministry has issued a statement on Monday."],
            Some("2019-05-14"),
            Some((
                "statement",
                None,
                Some("The DPRK Foreign Ministry"),
                Some("2019-05-13"),
            )),
        ),
        (
            "'has also officially released'",
            "x",
            &[
                "A spokesman for the KPA General Staff has also officially released a press statement today.",
            ],
            Some("2019-05-14"),
            Some((
                "press_statement",
                None,
                Some("spokesman for the KPA General Staff"),
                Some("2019-05-14"),
            )),
        ),
    ];
    run(cases);
}

#[test]
fn a_speech_and_its_occasion() {
    let cases: &[Case] = &[(
        "'The following is the speech of <name> at <occasion>'",
        "x",
        &[
            "The following is the speech of Kim Jong Un at the 8th Congress of the Workers' Party of Korea:",
        ],
        Some("2021-01-06"),
        Some(("speech", Some("Kim Jong Un"), None, None)),
    )];
    run(cases);
}

#[test]
fn a_leading_participle_is_not_the_issuer() {
    let cases: &[Case] = &[(
        "'Greeting the new year, <issuer> issued'",
        "x",
        &[
            "Greeting the new year, the Central Committee of the Korean Democratic Women's Union issued a statement on Monday.",
        ],
        Some("2024-01-02"),
        Some((
            "statement",
            None,
            Some("the Central Committee of the Korean Democratic Women's Union"),
            Some("2024-01-01"),
        )),
    )];
    run(cases);
}

#[test]
fn the_text_after_a_lone_dateline() {
    let cases: &[Case] = &[(
        "the dateline in a paragraph of its own",
        "x",
        &[
            "Pyongyang, May 29 (KCNA) --",
            "A spokesman for the DPRK Foreign Ministry issued a statement on Wednesday.",
        ],
        Some("2024-05-29"),
        Some(("statement", None, Some(FM_SPOKESMAN), Some("2024-05-29"))),
    )];
    run(cases);
}
