//! Making links absolute without a URL library: enough for the links these pages
//! carry (absolute, scheme-relative, root-relative and relative paths).

/// `href` made absolute against `base` when it is not already; returned as it is
/// when no base is known.
pub(crate) fn absolute(href: &str, base: Option<&str>) -> String {
    let href = href.trim();
    if has_scheme(href) {
        return href.to_owned();
    }
    let Some(base) = base.filter(|b| has_scheme(b)) else {
        return href.to_owned();
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let scheme = &base[..scheme_end.saturating_sub(3)];
    let host_end = base[scheme_end..]
        .find(['/', '?', '#'])
        .map_or(base.len(), |i| i + scheme_end);
    if let Some(rest) = href.strip_prefix("//") {
        return format!("{scheme}://{rest}");
    }
    if href.starts_with('/') {
        return format!("{}{href}", &base[..host_end]);
    }
    if href.is_empty() {
        return base.to_owned();
    }
    let path_end = base[host_end..]
        .find(['?', '#'])
        .map_or(base.len(), |i| i + host_end);
    let dir_end = base[host_end..path_end]
        .rfind('/')
        .map_or(host_end, |i| i + host_end + 1);
    if href.starts_with('?') || href.starts_with('#') {
        return format!("{}{href}", &base[..path_end]);
    }
    let dir = &base[..dir_end];
    if dir_end == host_end {
        format!("{dir}/{href}")
    } else {
        format!("{dir}{href}")
    }
}

fn has_scheme(s: &str) -> bool {
    s.find("://").is_some_and(|i| {
        i > 0
            && s[..i]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

#[cfg(test)]
mod tests {
    use super::absolute;

    #[test]
    fn absolute_table() {
        let base = Some("http://www.kcna.kp/en/article/q/abc.kcmsf");
        let cases = [
            ("http://x.org/a", base, "http://x.org/a"),
            (
                "/en/article/q/def.kcmsf",
                base,
                "http://www.kcna.kp/en/article/q/def.kcmsf",
            ),
            (
                "def.kcmsf",
                base,
                "http://www.kcna.kp/en/article/q/def.kcmsf",
            ),
            ("//cdn.org/x", base, "http://cdn.org/x"),
            (
                "?page=2",
                base,
                "http://www.kcna.kp/en/article/q/abc.kcmsf?page=2",
            ),
            (
                "a.html",
                Some("http://kcna.co.jp"),
                "http://kcna.co.jp/a.html",
            ),
            ("/x", None, "/x"),
        ];
        for (href, base, want) in cases {
            assert_eq!(absolute(href, base), want, "{href} against {base:?}");
        }
    }
}
