//! Settings a page or a clinic's embed gives the guide, from the URL's query string
//! (`?lang=en&exit=https://…`). Every value is checked here, in plain Rust: a malformed one is
//! ignored with a warning that names the setting and what it accepts, and the guide carries on
//! with the default. No value is ever rendered as HTML.

use crate::content::Lang;

/// Where quick exit goes by default: a neutral weather page.
pub const DEFAULT_EXIT_URL: &str = "https://weather.com/";

/// App-wide settings, shared with every component through one Yew context.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub lang: Lang,
    /// Where quick exit sends the reader (always `https:`).
    pub exit_url: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { lang: Lang::En, exit_url: DEFAULT_EXIT_URL.to_string() }
    }
}

/// Parses a query string (with or without the leading `?`). Returns the settings and one warning
/// per ignored value.
pub fn parse_query(query: &str) -> (Settings, Vec<String>) {
    let mut settings = Settings::default();
    let mut warnings = Vec::new();
    for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(raw);
        match key {
            "lang" => match value.as_deref().and_then(Lang::from_code) {
                Some(lang) => settings.lang = lang,
                None => warnings.push(format!(
                    "Understanding Opioids: ignored setting \"lang\": accepted values are {}; using \"{}\".",
                    Lang::ALL.iter().map(|l| format!("\"{}\"", l.code())).collect::<Vec<_>>().join(", "),
                    settings.lang.code()
                )),
            },
            "exit" => match value.as_deref().filter(|v| is_safe_exit_url(v)) {
                Some(url) => settings.exit_url = url.to_string(),
                None => warnings.push(format!(
                    "Understanding Opioids: ignored setting \"exit\": accepted values are https:// addresses \
                     (no spaces, at most 2000 characters); using \"{DEFAULT_EXIT_URL}\"."
                )),
            },
            _ => warnings.push(format!(
                "Understanding Opioids: ignored unknown setting \"{}\": accepted settings are \"lang\" and \"exit\".",
                sanitize_for_log(key)
            )),
        }
    }
    (settings, warnings)
}

/// An absolute `https:` address with a host, no credentials, whitespace or control characters.
fn is_safe_exit_url(v: &str) -> bool {
    let Some(rest) = v.strip_prefix("https://") else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    v.len() <= 2000
        && !host.is_empty()
        && !host.contains('@')
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
        && !v.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\'))
}

/// `%XX` and `+` decoding; `None` for bad escapes or invalid UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// A setting's name as it may appear in a console message: short and printable.
fn sanitize_for_log(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_graphic()).take(40).collect()
}
