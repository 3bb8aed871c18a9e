//! Bytes → text: which encoding a page is in, and its decoding.
//!
//! The rule, in order (the first that applies wins):
//!
//! 1. A byte order mark (UTF-8, UTF-16LE, UTF-16BE) names the encoding; the mark
//!    is dropped.
//! 2. Bytes that are valid UTF-8 are UTF-8, whatever a `<meta>` says: a page in a
//!    legacy encoding is rarely valid UTF-8 once it holds a non-ASCII byte, while a
//!    page re-encoded to UTF-8 by a crawler often keeps its old `<meta charset>`.
//! 3. A `<meta charset=…>` or `<meta http-equiv=Content-Type content="…; charset=…">`
//!    in the first [`PRESCAN_LEN`] bytes, found as browsers find it (the WHATWG
//!    prescan), names the encoding (UTF-16 labels mean UTF-8, as in browsers; the
//!    `replacement` labels are ignored). A page declared UTF-8 that is not valid
//!    UTF-8 is read as UTF-8, its bad bytes replaced, as browsers read it.
//! 4. Otherwise (no usable declaration, bytes not valid UTF-8):
//!    - UTF-8 when its valid multi-byte sequences outnumber the invalid bytes
//!      (a UTF-8 page with a few damaged bytes);
//!    - EUC-KR when nearly every non-ASCII byte pairs into a KS X 1001 Hangul
//!      syllable (an undeclared kcna.kp-era Korean page);
//!    - else windows-1252, the encoding of undeclared English pages of the era
//!      (it maps every byte, so curly quotes 0x91–0x94 read as ‘ ’ “ ”).
//!
//! Malformed sequences in the chosen encoding become U+FFFD.

use std::borrow::Cow;

use encoding_rs::{EUC_KR, Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252, X_USER_DEFINED};

/// How many leading bytes are searched for a `<meta>` encoding declaration.
pub(crate) const PRESCAN_LEN: usize = 4096;

/// Decodes a page's bytes by the rule of this module's docs.
pub(crate) fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        return enc.decode_without_bom_handling(rest).0;
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(s);
    }
    let head = bytes.get(..PRESCAN_LEN).unwrap_or(bytes);
    let enc = prescan(head).unwrap_or_else(|| undeclared(bytes));
    enc.decode_without_bom_handling(bytes).0
}

/// The encoding of bytes that are not valid UTF-8 and declare nothing usable.
fn undeclared(bytes: &[u8]) -> &'static Encoding {
    let (mut valid_multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid_multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += chunk.invalid().len();
    }
    if valid_multibyte > invalid {
        return UTF_8;
    }
    if looks_euc_kr(bytes) {
        return EUC_KR;
    }
    WINDOWS_1252
}

/// True when at least 90 % of the non-ASCII bytes form KS X 1001 Hangul
/// syllables (lead 0xB0–0xC8, trail 0xA1–0xFE) and there are a few of them.
fn looks_euc_kr(bytes: &[u8]) -> bool {
    let high = bytes.iter().filter(|b| **b >= 0x80).count();
    let mut pairs = 0usize;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        if (0xB0..=0xC8).contains(&b) && (0xA1..=0xFE).contains(&next) {
            pairs += 1;
            i += 2;
        } else {
            i += 1;
        }
    }
    pairs >= 4 && pairs * 2 * 10 >= high * 9
}

/// The WHATWG "prescan a byte stream to determine its encoding", on `b`.
fn prescan(b: &[u8]) -> Option<&'static Encoding> {
    let mut i = 0;
    while i < b.len() {
        let rest = b.get(i..).unwrap_or_default();
        if rest.starts_with(b"<!--") {
            // The first "-->" whose dashes may overlap the opening ones.
            i = find(b, i + 2, b"-->")? + 3;
            continue;
        }
        if starts_with_ci(rest, b"<meta") && rest.get(5).is_some_and(|c| is_space(*c) || *c == b'/')
        {
            i += 5;
            if let Some(enc) = meta(b, &mut i) {
                return Some(enc);
            }
        } else if rest.first() == Some(&b'<') && tag_starts(rest) {
            i += rest.iter().position(|c| is_space(*c) || *c == b'>')?;
            while get_attribute(b, &mut i).is_some() {}
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            i += rest.iter().position(|c| *c == b'>')?;
        }
        i += 1;
    }
    None
}

/// `<x` or `</x` with an ASCII letter x.
fn tag_starts(rest: &[u8]) -> bool {
    match rest.get(1) {
        Some(c) if c.is_ascii_alphabetic() => true,
        Some(b'/') => rest.get(2).is_some_and(u8::is_ascii_alphabetic),
        _ => false,
    }
}

/// The attributes of a `<meta` whose name was just passed; the encoding it
/// declares, if any.
fn meta(b: &[u8], i: &mut usize) -> Option<&'static Encoding> {
    let mut seen: Vec<Vec<u8>> = Vec::new();
    let mut got_pragma = false;
    let mut need_pragma: Option<bool> = None;
    let mut charset: Option<&'static Encoding> = None;
    while let Some((name, value)) = get_attribute(b, i) {
        if seen.contains(&name) {
            continue;
        }
        match name.as_slice() {
            b"http-equiv" => got_pragma |= value == b"content-type",
            b"content" if charset.is_none() => {
                if let Some(enc) = charset_in_content(&value) {
                    charset = Encoding::for_label_no_replacement(enc);
                    need_pragma = Some(true);
                }
            }
            b"charset" => {
                charset = Encoding::for_label_no_replacement(&value);
                need_pragma = Some(false);
            }
            _ => {}
        }
        seen.push(name);
    }
    match need_pragma {
        None => return None,
        Some(true) if !got_pragma => return None,
        _ => {}
    }
    let enc = charset?;
    Some(if enc == UTF_16LE || enc == UTF_16BE {
        UTF_8
    } else if enc == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        enc
    })
}

/// The WHATWG "get an attribute": the next (lowercased) name and value, with `i`
/// left after it; `None` at `>` or the end of the bytes.
fn get_attribute(b: &[u8], i: &mut usize) -> Option<(Vec<u8>, Vec<u8>)> {
    while b.get(*i).is_some_and(|c| is_space(*c) || *c == b'/') {
        *i += 1;
    }
    if *b.get(*i)? == b'>' {
        return None;
    }
    let mut name = Vec::new();
    let mut value = Vec::new();
    loop {
        let c = *b.get(*i)?;
        if c == b'=' && !name.is_empty() {
            *i += 1;
            break;
        }
        if is_space(c) {
            while b.get(*i).is_some_and(|c| is_space(*c)) {
                *i += 1;
            }
            if *b.get(*i)? != b'=' {
                return Some((name, value));
            }
            *i += 1;
            break;
        }
        if c == b'/' || c == b'>' {
            return Some((name, value));
        }
        name.push(c.to_ascii_lowercase());
        *i += 1;
    }
    while b.get(*i).is_some_and(|c| is_space(*c)) {
        *i += 1;
    }
    let c = *b.get(*i)?;
    if c == b'"' || c == b'\'' {
        *i += 1;
        loop {
            let d = *b.get(*i)?;
            *i += 1;
            if d == c {
                return Some((name, value));
            }
            value.push(d.to_ascii_lowercase());
        }
    }
    if c == b'>' {
        return Some((name, value));
    }
    loop {
        let d = *b.get(*i)?;
        if is_space(d) || d == b'>' {
            return Some((name, value));
        }
        value.push(d.to_ascii_lowercase());
        *i += 1;
    }
}

/// The WHATWG "extract a character encoding from a meta element": the label after
/// `charset=` in a (lowercased) `content` value.
fn charset_in_content(s: &[u8]) -> Option<&[u8]> {
    let mut i = 0;
    loop {
        i = find(s, i, b"charset")? + 7;
        while s.get(i).is_some_and(|c| is_space(*c)) {
            i += 1;
        }
        if s.get(i) == Some(&b'=') {
            break;
        }
    }
    i += 1;
    while s.get(i).is_some_and(|c| is_space(*c)) {
        i += 1;
    }
    let rest = s.get(i..)?;
    match rest.first()? {
        q @ (b'"' | b'\'') => {
            let body = rest.get(1..)?;
            let end = body.iter().position(|c| c == q)?;
            body.get(..end)
        }
        _ => {
            let end = rest
                .iter()
                .position(|c| is_space(*c) || *c == b';')
                .unwrap_or(rest.len());
            rest.get(..end).filter(|l| !l.is_empty())
        }
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

fn starts_with_ci(s: &[u8], prefix: &[u8]) -> bool {
    s.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

/// The index of the first `needle` in `hay` at or after `from`.
fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests;
