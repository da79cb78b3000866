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

/// One setting: its name, what it accepts (said in the warning), the value in effect (also said),
/// and how a value is checked and taken. The warning's list of settings is built from this table,
/// so it can never drift from what is parsed.
struct Setting {
    name: &'static str,
    accepts: fn() -> String,
    current: fn(&Settings) -> &str,
    /// Takes the value if it is acceptable; `false` leaves the settings as they were.
    take: fn(&mut Settings, &str) -> bool,
}

const SETTINGS: [Setting; 2] = [
    Setting {
        name: "lang",
        accepts: || quoted_list(Lang::ALL.iter().map(|l| l.code())),
        current: |s| s.lang.code(),
        take: |s, v| Lang::from_code(v).map(|lang| s.lang = lang).is_some(),
    },
    Setting {
        name: "exit",
        accepts: || "https:// addresses (no spaces, at most 2000 characters)".to_string(),
        current: |s| &s.exit_url,
        take: |s, v| {
            is_safe_exit_url(v) && {
                s.exit_url = v.to_string();
                true
            }
        },
    },
];

/// `"a", "b" and "c"`.
fn quoted_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.map(|i| format!("\"{i}\"")).collect();
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// Parses a query string (with or without the leading `?`; `+` and `%XX` decoded by
/// `form_urlencoded`, bad escapes left as written and then judged by each setting's rules).
/// Returns the settings and one warning per ignored value.
pub fn parse_query(query: &str) -> (Settings, Vec<String>) {
    let mut settings = Settings::default();
    let mut warnings = Vec::new();
    for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        match SETTINGS.iter().find(|row| row.name == key) {
            Some(row) if (row.take)(&mut settings, &value) => {}
            Some(row) => warnings.push(format!(
                "Understanding Opioids: ignored setting \"{}\": accepted values are {}; using \"{}\".",
                row.name,
                (row.accepts)(),
                (row.current)(&settings)
            )),
            None => warnings.push(format!(
                "Understanding Opioids: ignored unknown setting \"{}\": accepted settings are {}.",
                sanitize_for_log(&key),
                quoted_list(SETTINGS.iter().map(|row| row.name))
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

/// A setting's name as it may appear in a console message: short and printable.
fn sanitize_for_log(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_graphic()).take(40).collect()
}
