//! Table tests for statements: every row of `PHRASES.md`, built from the
//! patterns with real names and paraphrased wording. Expected values come from
//! reading the sentence, not from the library.

use chrono::NaiveDate;

use super::extract;

/// (kind, name, position, issued)
type Want = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
);

/// (what the case checks, title, paragraphs, reference date, expected)
type Case = (
    &'static str,
    &'static str,
    &'static [&'static str],
    Option<&'static str>,
    Option<Want>,
);

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn run(cases: &[Case]) -> usize {
    let mut failures = Vec::new();
    for (what, title, body, reference, want) in cases {
        let body: Vec<String> = body.iter().map(|p| (*p).to_owned()).collect();
        let got = extract(title, &body, reference.map(date));
        let got = got.map(|s| {
            (
                s.kind.as_str().to_owned(),
                s.speaker.as_ref().and_then(|p| p.name.clone()),
                s.speaker.as_ref().and_then(|p| p.position.clone()),
                s.issued.map(|d| d.to_string()),
            )
        });
        let want = want.map(|(k, n, p, i)| {
            (
                k.to_owned(),
                n.map(str::to_owned),
                p.map(str::to_owned),
                i.map(str::to_owned),
            )
        });
        if got != want {
            failures.push(format!("{what}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    cases.len()
}

const FM_SPOKESMAN: &str = "spokesman for the DPRK Foreign Ministry";
const KYJ_POS: &str =
    "vice department director of the Central Committee of the Workers' Party of Korea";

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
fn issuing_date_forms() {
    const S: &str = "A spokesman for the DPRK Foreign Ministry";
    let _ = S;
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
