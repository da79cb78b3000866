//! Settings a page or a clinic's embed gives the guide, from the URL's query string
//! (`?lang=en&clinic_name=…`). Every value is checked here, in plain Rust: a malformed one is
//! ignored with a warning that names the setting and what it accepts, and the guide carries on
//! with the default. No value is ever rendered as HTML.
//!
//! Settings that put words, numbers or destinations on the page (`clinic_*`, `exit`) are honoured
//! only inside a frame, where the address bar shows the clinic's own site: a crafted link to the
//! guide's own address cannot put a scam number on it. The others (`chapters`, `checks`, `start`,
//! `mode`, `accent`, `lang`) change only what of our own the guide shows, so they work anywhere.
//!
//! A clinic that hosts its own copy writes the same settings in `clinic.toml` beside `content/`;
//! the build turns them into [`BUILT_IN`], which is read first, by the same rules, and trusted as
//! the clinic's own (it is served from the clinic's own address). A link's settings come after.
//!
//! Chapter slugs are the same in every language (the reference language's are checked here).

use crate::accent::Accent;
use crate::assessment::flow::{Check, CHECKS};
use crate::content::{bundle, Lang};
use crate::route::Route;

/// The settings a clinic built into its own copy (`clinic.toml`), as a query string.
pub const BUILT_IN: &str = include_str!(concat!(env!("OUT_DIR"), "/built_in_settings.txt"));

/// Where quick exit goes by default: a neutral weather page.
pub const DEFAULT_EXIT_URL: &str = "https://weather.com/";

/// App-wide settings, shared with every component through one Yew context.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub lang: Lang,
    /// Where quick exit sends the reader (always `https:`).
    pub exit_url: String,
    /// The clinic that offers the guide, if it said so (only inside its frame).
    pub clinic: Clinic,
    /// The chapters shown, as indexes into the bundle's chapters, in the clinic's order (none in
    /// the checks-only mode). Navigation, progress, previous/next and routes follow this list.
    pub chapters: Vec<usize>,
    /// The self-checks shown, in order.
    pub checks: Vec<Check>,
    /// The first screen when the address has no route of its own.
    pub start: Option<Route>,
    pub mode: Mode,
    /// A clinic's accent colour and the tints derived from it.
    pub accent: Option<Accent>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::BUILT,
            exit_url: DEFAULT_EXIT_URL.to_string(),
            clinic: Clinic::default(),
            chapters: (0..bundle(Lang::BUILT).chapters.len()).collect(),
            checks: CHECKS.to_vec(),
            start: None,
            mode: Mode::Guide,
            accent: None,
        }
    }
}

impl Settings {
    /// Whether a route is among what this page shows (pages, such as privacy, always are).
    pub fn shows(&self, route: Route) -> bool {
        match route {
            Route::Chapter(i) => self.chapters.contains(&i),
            Route::Check(c) => self.checks.contains(&c),
            Route::Page(_) => true,
        }
    }

    /// Whether a link of ours (`#/check/safer`, or an address elsewhere) leads somewhere this page
    /// shows: a result's link to a check the page hides is left out.
    pub fn shows_link(&self, href: &str) -> bool {
        href.strip_prefix("#/check/").and_then(Check::from_slug).is_none_or(|c| self.shows(Route::Check(c)))
    }

    /// The first screen: `start`, else the first chapter shown, else the first check.
    pub fn home(&self) -> Route {
        self.start
            .or(self.chapters.first().map(|&i| Route::Chapter(i)))
            .or(self.checks.first().map(|&c| Route::Check(c)))
            .unwrap_or(Route::Chapter(0))
    }
}

/// Which part of the guide a page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Chapters and self-checks.
    #[default]
    Guide,
    /// Only the self-checks, for a clinic's "check in" page.
    Checks,
    /// The guide, opened in presenter mode (a chapter a step at a time, for a class).
    Classroom,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Guide => "guide",
            Mode::Checks => "checks",
            Mode::Classroom => "classroom",
        }
    }
}

/// A clinic's own details, each checked by its setting's rules; shown as text, never as HTML.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Clinic {
    /// At most 80 characters, no control characters.
    pub name: Option<String>,
    /// Phone numbers as written (digits, spaces, `+ - ( )`, at most 20 characters).
    pub phone: Option<String>,
    pub sms: Option<String>,
    /// `https://` only, by the rules of `exit`.
    pub url: Option<String>,
    /// At most 60 characters, shown beside the phone.
    pub hours: Option<String>,
}

impl Clinic {
    /// Whether the clinic gave a line to show under "Get help now".
    pub fn has_line(&self) -> bool {
        self.phone.is_some() || self.sms.is_some()
    }
}

/// Where the guide runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A page of its own: the address bar shows the guide's address.
    TopLevel,
    /// Inside a frame on another page (a clinic's site).
    Framed,
}

/// The `tel:`/`sms:` form of a checked phone number: its digits and a leading `+`.
pub fn dial(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

/// One setting: its name, what it accepts (said in the warning), the value in effect (also said),
/// and how a value is checked and taken. The warning's list of settings is built from this table,
/// so it can never drift from what is parsed.
struct Setting {
    name: &'static str,
    /// Puts words, numbers or destinations on the page: honoured only inside a frame.
    framed_only: bool,
    /// Said in the warning, its pieces joined (a few constant strings, not code that formats).
    accepts: &'static [&'static str],
    current: fn(&Settings) -> &str,
    /// Takes the value if it is acceptable; `false` leaves the settings as they were.
    take: fn(&mut Settings, &str) -> bool,
}

const SETTINGS: [Setting; 12] = [
    Setting {
        name: "lang",
        framed_only: false,
        accepts: &[LANGS],
        current: |s| s.lang.code(),
        take: |s, v| Lang::from_code(v).map(|lang| s.lang = lang).is_some(),
    },
    Setting {
        name: "exit",
        framed_only: true,
        accepts: &[URL_RULE],
        current: |s| &s.exit_url,
        take: |s, v| https(v).map(|v| s.exit_url = v).is_some(),
    },
    Setting {
        name: "clinic_name",
        framed_only: true,
        accepts: &["text of at most 80 characters, without control characters"],
        current: |s| s.clinic.name.as_deref().unwrap_or("none"),
        take: |s, v| text(v, 80).map(|v| s.clinic.name = Some(v)).is_some(),
    },
    Setting {
        name: "clinic_phone",
        framed_only: true,
        accepts: &[PHONE_RULE],
        current: |s| s.clinic.phone.as_deref().unwrap_or("none"),
        take: |s, v| phone(v).map(|v| s.clinic.phone = Some(v)).is_some(),
    },
    Setting {
        name: "clinic_sms",
        framed_only: true,
        accepts: &[PHONE_RULE],
        current: |s| s.clinic.sms.as_deref().unwrap_or("none"),
        take: |s, v| phone(v).map(|v| s.clinic.sms = Some(v)).is_some(),
    },
    Setting {
        name: "clinic_url",
        framed_only: true,
        accepts: &[URL_RULE],
        current: |s| s.clinic.url.as_deref().unwrap_or("none"),
        take: |s, v| https(v).map(|v| s.clinic.url = Some(v)).is_some(),
    },
    Setting {
        name: "clinic_hours",
        framed_only: true,
        accepts: &["text of at most 60 characters, without control characters"],
        current: |s| s.clinic.hours.as_deref().unwrap_or("none"),
        take: |s, v| text(v, 60).map(|v| s.clinic.hours = Some(v)).is_some(),
    },
    Setting {
        name: "chapters",
        framed_only: false,
        accepts: &["a comma-separated list of chapters, each once, from ", CHAPTER_NAMES],
        current: |_| "all",
        take: |s, v| {
            list(v, |slug| bundle(Lang::BUILT).chapter(slug).map(|(i, _)| i)).map(|v| s.chapters = v).is_some()
        },
    },
    Setting {
        name: "checks",
        framed_only: false,
        accepts: &["\"none\" or a comma-separated list, each once, from ", CHECK_NAMES],
        current: |_| "all",
        take: |s, v| {
            (if v == "none" { Some(vec![]) } else { list(v, Check::from_slug) }).map(|v| s.checks = v).is_some()
        },
    },
    Setting {
        name: "start",
        framed_only: false,
        accepts: &["a chapter shown, from ", CHAPTER_NAMES, ", or \"check/\" and a check shown"],
        current: |_| "the first shown",
        take: |s, v| {
            let route = match v.strip_prefix("check/") {
                Some(c) => Check::from_slug(c).map(Route::Check),
                None => bundle(Lang::BUILT).chapter(v).map(|(i, _)| Route::Chapter(i)),
            };
            route.map(|r| s.start = Some(r)).is_some()
        },
    },
    Setting {
        name: "mode",
        framed_only: false,
        accepts: &["\"guide\", \"checks\" (only the self-checks) and \"classroom\" (presenter mode)"],
        current: |s| s.mode.name(),
        take: |s, v| {
            let mode = [Mode::Guide, Mode::Checks, Mode::Classroom].into_iter().find(|m| m.name() == v);
            mode.map(|m| s.mode = m).is_some()
        },
    },
    Setting {
        name: "accent",
        framed_only: false,
        accepts: &["a colour as #rrggbb that keeps 4.5:1 contrast on the light theme's page and panels (the dark \
                    theme uses a lighter tint of it)"],
        current: |_| "the guide's own",
        take: |s, v| Accent::from_hex(v).map(|a| s.accent = Some(a)).is_some(),
    },
];

/// What the warnings list, as constant text (tests keep each equal to what is parsed).
pub const LANGS: &str = crate::content::LANG_CODES;
pub const CHECK_NAMES: &str = "\"signs\", \"safer\" and \"ready\"";
/// The chapters' names, quoted: `"what-are-opioids", … and "getting-treatment"` (written by the build).
pub const CHAPTER_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/chapter_names.txt"));

/// A comma-separated list, every item known and given once, at least one.
fn list<T: PartialEq>(v: &str, item: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    let mut out = Vec::new();
    for one in v.split(',').map(str::trim) {
        let found = item(one)?;
        if out.contains(&found) {
            return None;
        }
        out.push(found);
    }
    Some(out)
}

const URL_RULE: &str = "https:// addresses (no spaces, at most 2000 characters)";
const PHONE_RULE: &str = "phone numbers of digits, spaces and + - ( ), at most 20 characters, with at least 3 digits";

/// An address by [`is_safe_exit_url`]'s rules.
fn https(v: &str) -> Option<String> {
    is_safe_exit_url(v).then(|| v.to_string())
}

/// Trimmed text of at most `max` characters, without control characters; `None` if empty.
fn text(v: &str, max: usize) -> Option<String> {
    let v = v.trim();
    (!v.is_empty() && v.chars().count() <= max && !v.chars().any(char::is_control)).then(|| v.to_string())
}

/// A phone number as written, if it keeps to [`PHONE_RULE`].
fn phone(v: &str) -> Option<String> {
    let v = v.trim();
    let allowed = v.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'));
    (allowed && v.len() <= 20 && v.chars().filter(char::is_ascii_digit).count() >= 3).then(|| v.to_string())
}

/// `"a", "b" and "c"`.
pub fn quoted_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.map(|i| format!("\"{i}\"")).collect();
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// Parses a query string (with or without the leading `?`; `+` and `%XX` decoded by
/// `form_urlencoded`, bad escapes left as written and then judged by each setting's rules).
/// Returns the settings and one warning per ignored value. At the top level, settings that put
/// words, numbers or destinations on the page are checked, then ignored with a warning.
pub fn parse_query(query: &str, place: Place) -> (Settings, Vec<String>) {
    parse(query, place, "")
}

/// The settings in effect: those built in (`clinic.toml`, trusted as the clinic's own), then the
/// page's query by [`parse_query`]'s rules; then the checks that need them all (`mode`, `start`).
pub fn parse(query: &str, place: Place, built_in: &str) -> (Settings, Vec<String>) {
    let mut settings = Settings::default();
    let mut warnings = Vec::new();
    apply(&mut settings, &mut warnings, built_in, Place::Framed);
    apply(&mut settings, &mut warnings, query, place);
    if settings.mode == Mode::Checks {
        if settings.checks.is_empty() {
            warnings.push(
                "Understanding Opioids: ignored setting \"mode\": \"checks\" needs at least one self-check \
                 (see \"checks\"); using \"guide\"."
                    .to_string(),
            );
            settings.mode = Mode::Guide;
        } else {
            settings.chapters.clear();
        }
    }
    if settings.start.is_some_and(|r| !settings.shows(r)) {
        warnings.push(
            "Understanding Opioids: ignored setting \"start\": accepted values are a chapter or check/<name> that \
             the page shows (see \"chapters\", \"checks\" and \"mode\"); using the first shown."
                .to_string(),
        );
        settings.start = None;
    }
    (settings, warnings)
}

fn apply(settings: &mut Settings, warnings: &mut Vec<String>, query: &str, place: Place) {
    for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
        match SETTINGS.iter().find(|row| row.name == key) {
            Some(row) if row.framed_only && place == Place::TopLevel && (row.take)(&mut settings.clone(), &value) => {
                warnings.push(format!(
                    "Understanding Opioids: ignored setting \"{}\": it is honoured only when the guide is embedded \
                     in a frame (a clinic's page), so a link cannot put it on this page.",
                    row.name
                ))
            }
            Some(row) if (!row.framed_only || place == Place::Framed) && (row.take)(settings, &value) => {}
            Some(row) => warnings.push(format!(
                "Understanding Opioids: ignored setting \"{}\": accepted values are {}; using \"{}\".",
                row.name,
                row.accepts.concat(),
                (row.current)(settings)
            )),
            None => warnings.push(format!(
                "Understanding Opioids: ignored unknown setting \"{}\": accepted settings are {}.",
                sanitize_for_log(&key),
                quoted_list(SETTINGS.iter().map(|row| row.name))
            )),
        }
    }
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

/// How the offline files' names begin: `understanding-opioids-<lang>.html`.
pub const OFFLINE_FILE: &str = "understanding-opioids-";

/// Where the same screen is in another language's build, as a link relative to this page.
///
/// English is the folder's root and every other language a folder in it named by its code
/// (`dist/`, `dist/es/`); the offline files are siblings named by language
/// (`understanding-opioids-es.html`). `path` is this page's path (`/guide/es/index.html`),
/// `query` its settings (with or without `?`: each is kept but `lang`, which the other build
/// already is) and `hash` the screen (`#/tolerance`).
pub fn lang_href(path: &str, query: &str, from: Lang, to: Lang, hash: &str) -> String {
    let file = path.rsplit('/').next().unwrap_or_default();
    let place = if from == to {
        "./".to_string()
    } else if file.starts_with(OFFLINE_FILE) && file.ends_with(".html") {
        format!("{OFFLINE_FILE}{}.html", to.code())
    } else {
        let up = if from == Lang::ALL[0] { "" } else { "../" };
        let down = if to == Lang::ALL[0] { String::new() } else { format!("{}/", to.code()) };
        match format!("{up}{down}") {
            s if s.is_empty() => "./".to_string(),
            s => s,
        }
    };
    let kept: Vec<&str> =
        query.trim_start_matches('?').split('&').filter(|p| !p.is_empty() && !p.starts_with("lang=")).collect();
    let query = if kept.is_empty() { String::new() } else { format!("?{}", kept.join("&")) };
    format!("{place}{query}{hash}")
}
