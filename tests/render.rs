//! The shell rendered to HTML with yew's LocalServerRenderer (no browser), then parsed: landmarks,
//! headings, link names and the help numbers, as a screen reader would meet them.

use opioid_explainer::config::Settings;
use opioid_explainer::content::{bundle, Lang};
use opioid_explainer::route::Route;
use opioid_explainer::ui::{App, AppProps};
use scraper::{ElementRef, Html, Selector};
use yew::{Callback, LocalServerRenderer};

async fn render(route: Route) -> Html {
    let props = AppProps { settings: Settings::default(), route, onleave: Callback::noop() };
    Html::parse_fragment(&LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await)
}

fn all<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    html.select(&Selector::parse(css).expect("a valid selector")).collect()
}

fn text(e: &ElementRef) -> String {
    e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn one(html: &Html, css: &str) -> String {
    let found = all(html, css);
    assert_eq!(found.len(), 1, "exactly one {css}");
    text(&found[0])
}

#[tokio::test(flavor = "current_thread")]
async fn first_chapter_has_one_h1_landmarks_and_progress() {
    let t = bundle(Lang::En);
    let html = render(Route::Chapter(0)).await;
    assert_eq!(one(&html, "h1#chapter-title[tabindex='-1']"), t.chapters[0].title);
    one(&html, "main");
    one(&html, "footer");
    one(&html, "header.masthead");
    assert_eq!(one(&html, "aside[aria-labelledby='help-heading'] h2#help-heading"), "Get help now");
    assert_eq!(one(&html, "nav[aria-labelledby='toc-heading'] h2#toc-heading"), "Chapters");
    assert_eq!(one(&html, "main .progress"), format!("Chapter 1 of {}", t.chapters.len()));
    assert_eq!(one(&html, ".masthead__promise"), "Your answers and clicks stay on this device.");
    assert_eq!(one(&html, "a.skip-link"), "Skip to the chapter");
}

#[tokio::test(flavor = "current_thread")]
async fn help_numbers_are_phone_and_text_links_on_every_screen() {
    for route in [Route::Chapter(0), Route::Chapter(1), Route::Page("privacy")] {
        let html = render(route).await;
        let links: Vec<(String, String)> = all(&html, "aside.help a")
            .iter()
            .map(|a| (a.value().attr("href").unwrap_or_default().to_string(), text(a)))
            .collect();
        assert_eq!(
            links,
            [("tel:911", "Call 911"), ("tel:988", "Call 988"), ("sms:988", "Text 988"), ("tel:+18006624357", "1-800-662-4357")]
                .map(|(h, t)| (h.to_string(), t.to_string())),
            "{route:?}"
        );
        assert!(one(&html, ".help__item--emergency").contains("Give naloxone if you have it."));
        assert_eq!(one(&html, "button.exit__button[type='button']"), "Leave this page", "{route:?}");
        assert_eq!(one(&html, ".exit__hint"), "Or press Shift 3 times.");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn navigation_marks_the_current_chapter_and_links_prev_next() {
    let t = bundle(Lang::En);
    let html = render(Route::Chapter(1)).await;
    let toc: Vec<(String, String)> = all(&html, "nav.toc li a")
        .iter()
        .map(|a| (a.value().attr("href").unwrap_or_default().to_string(), text(a)))
        .collect();
    let expected: Vec<(String, String)> = t.chapters.iter().map(|c| (format!("#/{}", c.slug), c.title.to_string())).collect();
    assert_eq!(toc, expected);
    let current = all(&html, "[aria-current='page']");
    assert_eq!(current.len(), 1);
    assert_eq!(current[0].value().attr("href"), Some(format!("#/{}", t.chapters[1].slug).as_str()));
    let prev = all(&html, "a[rel='prev']");
    assert_eq!(prev[0].value().attr("href"), Some(format!("#/{}", t.chapters[0].slug).as_str()));
    assert_eq!(text(&prev[0]), format!("Previous: {}", t.chapters[0].title));

    let first = render(Route::Chapter(0)).await;
    assert!(all(&first, "a[rel='prev']").is_empty(), "no Previous on the first chapter");
    let next = all(&first, "a[rel='next']");
    assert_eq!(text(&next[0]), format!("Next: {}", t.chapters[1].title));
}

#[tokio::test(flavor = "current_thread")]
async fn chapter_ends_with_how_we_know_listing_every_cited_source() {
    let t = bundle(Lang::En);
    let html = render(Route::Chapter(0)).await;
    assert_eq!(one(&html, "section.sources h2"), "How we know");
    let listed: Vec<&str> = all(&html, "section.sources li a").iter().filter_map(|a| a.value().attr("href")).collect();
    let cited: Vec<&str> = t.chapters[0].references.iter().map(|r| r.url).collect();
    assert_eq!(listed, cited);
    let first_cite = &all(&html, "sup.cite")[0];
    assert_eq!(text(&all(&html, "sup.cite .visually-hidden")[0]), "Source 1");
    assert!(text(first_cite).ends_with("[1]"));
}

#[tokio::test(flavor = "current_thread")]
async fn footer_has_disclaimer_review_date_and_privacy_link() {
    let html = render(Route::Chapter(0)).await;
    let footer = one(&html, "footer");
    assert!(footer.contains("Educational information, not medical advice."));
    assert!(footer.contains("Content last reviewed November 22, 2026."));
    assert_eq!(one(&html, "footer a[href='#/privacy']"), "How we keep your answers private");
    let privacy = render(Route::Page("privacy")).await;
    assert_eq!(one(&privacy, "h1"), "How we keep your answers private");
    assert!(one(&privacy, "main").contains("Network"), "says how to check in the network tab");
    assert!(all(&privacy, ".progress").is_empty(), "a page is not a numbered chapter");
}

#[tokio::test(flavor = "current_thread")]
async fn external_links_open_safely_and_nothing_is_raw_html() {
    let html = render(Route::Chapter(0)).await;
    for a in all(&html, "a[href^='http']") {
        assert_eq!(a.value().attr("rel"), Some("noreferrer noopener"), "{:?}", a.value().attr("href"));
    }
    assert!(all(&html, "script, iframe, img, style").is_empty());
}
