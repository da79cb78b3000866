//! What the render tests share: the app (or one piece) rendered to HTML with yew's
//! LocalServerRenderer (no browser), then parsed and read as a screen reader would meet it.
#![allow(dead_code)] // each test file uses some of these

use opioid_explainer::accent::{contrast, DARK_BG, LIGHT_BG};
use opioid_explainer::assessment::flow::CHECKS;
use opioid_explainer::config::{parse_query, Clinic, Mode, Place, Settings, DEFAULT_EXIT_URL};
use opioid_explainer::content::{bundle, Lang};
use opioid_explainer::route::Route;
use opioid_explainer::ui::{App, AppProps};
use scraper::{ElementRef, Html, Selector};
use yew::{Callback, LocalServerRenderer};

pub async fn render(route: Route) -> Html {
    let props = AppProps { settings: Settings::default(), route, step: None, onleave: Callback::noop() };
    Html::parse_fragment(&LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await)
}

pub fn all<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    html.select(&Selector::parse(css).expect("a valid selector")).collect()
}

pub fn text(e: &ElementRef) -> String {
    e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn one(html: &Html, css: &str) -> String {
    let found = all(html, css);
    assert_eq!(found.len(), 1, "exactly one {css}");
    text(&found[0])
}

pub fn attr<'a>(e: &'a ElementRef, name: &str) -> &'a str {
    e.value().attr(name).unwrap_or_else(|| panic!("<{}> has {name}", e.value().name()))
}

/// The static page's runs of text with their numbers, read as the app reads them
/// (`content::run_number`, in page order).
pub fn runs<'a>(html: &'a Html) -> Vec<(usize, ElementRef<'a>)> {
    let mut next = 0;
    all(html, "[data-w]")
        .into_iter()
        .map(|r| {
            let n = opioid_explainer::content::run_number(attr(&r, "data-w"), next).expect("a run's number");
            next = n + 1;
            (n, r)
        })
        .collect()
}

/// How many runs of the static page have this number.
pub fn runs_numbered(html: &Html, n: u16) -> usize {
    runs(html).iter().filter(|(i, _)| *i == usize::from(n)).count()
}

pub fn the<'a>(html: &'a Html, css: &str) -> ElementRef<'a> {
    let found = all(html, css);
    assert_eq!(found.len(), 1, "exactly one {css}");
    found[0]
}

pub async fn chapter(slug: &str) -> Html {
    let (i, _) = bundle(Lang::En).chapter(slug).unwrap_or_else(|| panic!("chapter {slug}"));
    render(Route::Chapter(i)).await
}

/// The app at `route` with a page's settings (a query string, as at the top level).
pub async fn render_with(query: &str, route: Route) -> Html {
    let (settings, warnings) = parse_query(query, Place::TopLevel);
    assert!(warnings.is_empty(), "{warnings:?}");
    let props = AppProps { settings, route, step: None, onleave: Callback::noop() };
    Html::parse_fragment(&LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await)
}

pub fn hrefs(html: &Html, css: &str) -> Vec<String> {
    all(html, css).iter().map(|a| attr(a, "href").to_string()).collect()
}

pub fn buttons(html: &Html) -> Vec<String> {
    all(html, "button").iter().map(text).collect()
}

/// Every setting the guide reads, in its table's order (tests/config.rs checks this against the
/// warning's own list).
pub const SETTING_NAMES: [&str; 12] = [
    "lang",
    "exit",
    "clinic_name",
    "clinic_phone",
    "clinic_sms",
    "clinic_url",
    "clinic_hours",
    "chapters",
    "checks",
    "start",
    "mode",
    "accent",
];

/// What must hold for settings parsed in `place` from any query string, with their warnings: a
/// safe way out, the clinic's line within its rules (none at the top level), known screens each
/// shown once with something always shown, a readable accent, and warnings that say what was
/// ignored. For property tests.
pub fn within_rules(
    s: &Settings,
    warnings: &[String],
    place: Place,
) -> Result<(), proptest::test_runner::TestCaseError> {
    use proptest::{prop_assert, prop_assert_eq};
    prop_assert!(s.exit_url.starts_with("https://"));
    prop_assert!(!s.exit_url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '"'));
    let c = &s.clinic;
    prop_assert!(c
        .name
        .as_ref()
        .is_none_or(|n| !n.is_empty() && n.chars().count() <= 80 && !n.chars().any(char::is_control)));
    prop_assert!(c.hours.as_ref().is_none_or(|h| h.chars().count() <= 60 && !h.chars().any(char::is_control)));
    for p in [&c.phone, &c.sms].into_iter().flatten() {
        prop_assert!(p.len() <= 20 && p.chars().all(|ch| ch.is_ascii_digit() || " +-()".contains(ch)));
    }
    prop_assert!(c.url.as_ref().is_none_or(|u| u.starts_with("https://")));
    if place == Place::TopLevel {
        prop_assert_eq!(&s.clinic, &Clinic::default());
        prop_assert_eq!(s.exit_url.as_str(), DEFAULT_EXIT_URL);
    }
    let n = bundle(Lang::En).chapters.len();
    prop_assert!(s.chapters.iter().all(|&i| i < n));
    let mut once = s.chapters.clone();
    once.sort_unstable();
    once.dedup();
    prop_assert_eq!(once.len(), s.chapters.len());
    prop_assert!(s.checks.iter().all(|c| CHECKS.contains(c)));
    prop_assert!(!s.chapters.is_empty() || !s.checks.is_empty());
    prop_assert!(s.start.is_none_or(|r| s.shows(r)));
    prop_assert!(s.shows(s.home()));
    prop_assert!(matches!(s.home(), Route::Chapter(_) | Route::Check(_)));
    prop_assert!(s.mode == Mode::Guide || s.chapters.is_empty());
    if let Some(a) = s.accent {
        prop_assert!(contrast(a.light, LIGHT_BG) >= 4.5 && contrast(a.dark, DARK_BG) >= 4.5);
    }
    prop_assert!(Lang::ALL.contains(&s.lang));
    for w in warnings {
        prop_assert!(w.starts_with("Understanding Opioids: ignored ") && w.matches('"').count() >= 2, "{w}");
    }
    Ok(())
}

/// A run of HTML as text: its tags dropped and its entities read (a citation's visually hidden
/// "Source" word stays, as a screen reader hears it).
pub fn plain(html: &str) -> String {
    let mut out = String::new();
    let mut tag = false;
    for c in html.chars() {
        match c {
            '<' => tag = true,
            '>' => tag = false,
            c if !tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
}

/// A chapter's knowledge check as text, run by run: each question, its options, its explanations.
pub fn quiz_text(c: &opioid_explainer::content::Chapter) -> Vec<String> {
    c.quiz
        .iter()
        .flat_map(|q| std::iter::once(q.ask).chain(q.options.iter().copied()).chain(q.why.iter().copied()))
        .map(|w| plain(w.html()))
        .collect()
}
