//! Base64 text in page addresses: Rodong Sinmun article URLs carry their key as
//! `index.php?<base64>`, which decodes to text like `12@2025-10-10-013@3@1@@0@3@`
//! (the date of the item inside).

/// Decodes standard or URL-safe base64 (padding optional, `%3D` read as `=`) to
/// UTF-8 text; `None` for anything else.
pub(crate) fn decode_text(s: &str) -> Option<String> {
    let s = s.trim().replace("%3D", "=").replace("%3d", "=");
    let s = s.trim_end_matches('=');
    if s.is_empty() || s.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in s.bytes() {
        acc = (acc << 6) | u32::from(value(c)?);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xff) as u8);
        }
    }
    String::from_utf8(out).ok()
}

fn value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::decode_text;

    #[test]
    fn decode_table() {
        let cases = [
            (
                "MTJAMjAyNS0xMC0xMC0wMTNAM0AxQEAwQDNA",
                Some("12@2025-10-10-013@3@1@@0@3@"),
            ),
            (
                "MTJAMjAyNS0xMC0xMC0wMTNAM0AxQEAwQDNA%3D%3D",
                Some("12@2025-10-10-013@3@1@@0@3@"),
            ),
            ("aGk=", Some("hi")),
            ("aGk", Some("hi")),
            ("strPageID=SF01_02_01", None),
            ("", None),
            ("a", None),
            ("//8=", None),
        ];
        for (input, want) in cases {
            assert_eq!(decode_text(input).as_deref(), want, "{input}");
        }
    }
}
