//! What the render tests share: the app (or one piece) rendered to HTML with yew's
//! LocalServerRenderer (no browser), then parsed and read as a screen reader would meet it.
#![allow(dead_code)] // each test file uses some of these

use opioid_explainer::config::{parse_query, Place, Settings};
use opioid_explainer::content::{bundle, Lang};
use opioid_explainer::route::Route;
use opioid_explainer::ui::{App, AppProps};
use scraper::{ElementRef, Html, Selector};
use yew::{Callback, LocalServerRenderer};

pub async fn render(route: Route) -> Html {
    let props = AppProps { settings: Settings::default(), route, onleave: Callback::noop() };
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
    let props = AppProps { settings, route, onleave: Callback::noop() };
    Html::parse_fragment(&LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await)
}

pub fn hrefs(html: &Html, css: &str) -> Vec<String> {
    all(html, css).iter().map(|a| attr(a, "href").to_string()).collect()
}

pub fn buttons(html: &Html) -> Vec<String> {
    all(html, "button").iter().map(text).collect()
}
