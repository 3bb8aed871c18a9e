use super::*;

fn label(html: &[u8]) -> Option<&'static str> {
    prescan(html).map(|e| e.name())
}

#[test]
fn prescan_table() {
    let cases: [(&[u8], Option<&str>); 14] = [
        (b"<meta charset=windows-1252>", Some("windows-1252")),
        (b"<META CHARSET='EUC-KR'>", Some("EUC-KR")),
        (b"<meta charset=\"iso-8859-1\">", Some("windows-1252")),
        (
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">",
            Some("EUC-KR"),
        ),
        (
            b"<meta content='text/html;charset=shift_jis' http-equiv=content-type>",
            Some("Shift_JIS"),
        ),
        // A content charset without the pragma is not a declaration.
        (b"<meta content=\"text/html; charset=euc-kr\">", None),
        (
            b"<!-- <meta charset=euc-kr> --><meta charset=windows-1252>",
            Some("windows-1252"),
        ),
        (b"<!--><meta charset=euc-kr>", Some("EUC-KR")),
        (
            b"<title a=\"<meta charset=euc-kr>\"><meta charset=gbk>",
            Some("GBK"),
        ),
        (b"<meta charset=utf-16le>", Some("UTF-8")),
        (b"<meta charset=iso-2022-kr>", None),
        (b"<meta charset=bogus>", None),
        (b"<metas charset=euc-kr>", None),
        (b"<meta charset=", None),
    ];
    for (input, want) in cases {
        assert_eq!(
            label(input),
            want,
            "input {:?}",
            String::from_utf8_lossy(input)
        );
    }
}

#[test]
fn decode_rule() {
    // BOM wins and is dropped.
    assert_eq!(decode(b"\xef\xbb\xbfa\xe2\x80\x99"), "a\u{2019}");
    assert_eq!(decode(b"\xff\xfea\x00b\x00"), "ab");
    // Valid UTF-8 wins over a legacy declaration.
    assert_eq!(
        decode("<meta charset=windows-1252>\u{2019}".as_bytes()),
        "<meta charset=windows-1252>\u{2019}"
    );
    // Undeclared, invalid UTF-8: windows-1252.
    assert_eq!(
        decode(b"\x93Hi\x94 it\x92s"),
        "\u{201c}Hi\u{201d} it\u{2019}s"
    );
    // A UTF-8 declaration is kept even when some bytes are bad.
    assert_eq!(
        decode(b"<meta charset=utf-8>\x93"),
        "<meta charset=utf-8>\u{fffd}"
    );
    // Mostly UTF-8 with one damaged byte: UTF-8 with a replacement character.
    assert_eq!(
        decode("\u{2018}a\u{2019} \u{201c}b\u{201d}\u{ff}".as_bytes()),
        "\u{2018}a\u{2019} \u{201c}b\u{201d}\u{ff}"
    );
    assert_eq!(
        decode(b"\xe2\x80\x98a\xe2\x80\x99 \xff"),
        "\u{2018}a\u{2019} \u{fffd}"
    );
    // Undeclared Korean in EUC-KR: 조선중앙통신
    let (bytes, _, _) = EUC_KR.encode("조선중앙통신 보도");
    assert_eq!(decode(&bytes), "조선중앙통신 보도");
    // Declared EUC-KR.
    let mut page = b"<meta charset=euc-kr>".to_vec();
    page.extend_from_slice(&EUC_KR.encode("평양").0);
    assert_eq!(decode(&page), "<meta charset=euc-kr>평양");
    assert_eq!(decode(b""), "");
}
