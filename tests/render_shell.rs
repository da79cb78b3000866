//! The shell rendered to HTML with yew's LocalServerRenderer (no browser), then parsed: landmarks,
//! headings, link names and the help numbers, as a screen reader would meet them; the clinic's line
//! and a clinic's choice of chapters and checks.

mod common;

use common::*;
use opioid_explainer::content::{bundle, Lang};
use opioid_explainer::route::Route;
use opioid_explainer::ui::{App, AppProps};
use scraper::{Html, Selector};
use yew::{Callback, LocalServerRenderer};

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
            [
                ("tel:911", "Call 911"),
                ("tel:988", "Call 988"),
                ("sms:988", "Text 988"),
                ("tel:+18006624357", "1-800-662-4357")
            ]
            .map(|(h, t)| (h.to_string(), t.to_string())),
            "{route:?}"
        );
        assert!(one(&html, ".help__item[data-emergency]").contains("Give naloxone if you have it."));
        assert_eq!(one(&html, "button.exit__button[type='button']"), "Leave this page", "{route:?}");
        assert_eq!(one(&html, ".exit__hint"), "Or press Shift 3 times.");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn navigation_marks_the_current_chapter_and_links_prev_next() {
    let t = bundle(Lang::En);
    let html = render(Route::Chapter(1)).await;
    let links = |selector: &str| -> Vec<(String, String)> {
        all(&html, selector).iter().map(|a| (a.value().attr("href").unwrap_or_default().to_string(), text(a))).collect()
    };
    let expected: Vec<(String, String)> =
        t.chapters.iter().map(|c| (format!("#/{}", c.slug), c.title.to_string())).collect();
    assert_eq!(links("nav.toc ol li a"), expected);
    // The self-checks are listed too, each by its own deep link.
    assert_eq!(
        links("nav.toc ul[aria-labelledby='toc-checks'] li a"),
        [
            ("#/check/signs", "Signs to talk about with a clinician"),
            ("#/check/safer", "Staying safer"),
            ("#/check/ready", "Where are you now")
        ]
        .map(|(h, t)| (h.to_string(), t.to_string()))
    );
    assert_eq!(one(&html, "#toc-checks"), "Check in with yourself");
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
    let cited: Vec<&str> = t.cited(t.chapters[0].slug).iter().map(|r| r.url).collect();
    assert_eq!(listed, cited);
    let first_cite = &all(&html, "sup.cite")[0];
    // Read as "Source 1"; the brackets are the style sheet's, for the eye only.
    assert_eq!(text(first_cite), "Source 1");
    assert_eq!(text(&all(&html, "sup.cite .visually-hidden")[0]), "Source");
}

#[tokio::test(flavor = "current_thread")]
async fn footer_has_disclaimer_review_date_and_privacy_link() {
    let html = render(Route::Chapter(0)).await;
    let footer = one(&html, "footer");
    assert!(footer.contains("Educational information, not medical advice."));
    assert!(footer.contains("Content last reviewed December 2, 2026."));
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
        assert_eq!(a.value().attr("rel"), Some("noreferrer"), "{:?}", a.value().attr("href"));
    }
    assert!(all(&html, "script, iframe, img, style").is_empty());
}

// ---- A clinic's own line (embed settings, inside its frame) ----

#[tokio::test(flavor = "current_thread")]
async fn a_clinics_line_comes_first_under_get_help_now_and_its_name_is_only_text() {
    let (settings, warnings) = opioid_explainer::config::parse_query(
        "?clinic_name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%20Clinic&clinic_phone=(555)%20010-2000\
         &clinic_sms=555%20010%203000&clinic_hours=Mon-Fri%209-5&clinic_url=https://clinic.example/",
        opioid_explainer::config::Place::Framed,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    let props = AppProps { settings, route: Route::Chapter(0), step: None, onleave: Callback::noop() };
    let html = Html::parse_fragment(&LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await);
    let items = all(&html, ".help .help__item");
    assert_eq!(items.len(), 4, "the clinic's line, then 911, 988 and SAMHSA");
    assert!(items[0].value().attr("data-clinic").is_some());
    let links: Vec<(String, String)> =
        items[0].select(&Selector::parse("a").unwrap()).map(|a| (attr(&a, "href").to_string(), text(&a))).collect();
    assert_eq!(
        links,
        [
            ("tel:5550102000".to_string(), "Call (555) 010-2000".to_string()),
            ("sms:5550103000".to_string(), "Text 555 010 3000".to_string())
        ]
    );
    assert_eq!(
        text(&items[0]).rsplit_once("Text 555 010 3000").unwrap().1.trim(),
        "<img src=x onerror=alert(1)> Clinic, Mon-Fri 9-5"
    );
    assert!(items[1].value().attr("data-emergency").is_some(), "911 right after");
    assert!(all(&html, "img").is_empty(), "the name is text, never markup");
    assert_eq!(one(&html, ".masthead__clinic"), "Offered by <img src=x onerror=alert(1)> Clinic Find us");
    let find_us = the(&html, ".masthead__clinic a");
    assert_eq!((attr(&find_us, "href"), attr(&find_us, "rel")), ("https://clinic.example/", "noreferrer"));
}

// ---- A clinic's selection of chapters and checks ----

#[tokio::test(flavor = "current_thread")]
async fn navigation_progress_and_prev_next_follow_the_clinics_chapters() {
    let t = bundle(Lang::En);
    let query = "?chapters=overdose-and-naloxone,receptors,getting-treatment&checks=ready";
    let receptors = Route::Chapter(1);
    let html = render_with(query, receptors).await;
    assert_eq!(hrefs(&html, "nav.toc ol a"), ["#/overdose-and-naloxone", "#/receptors", "#/getting-treatment"]);
    assert_eq!(hrefs(&html, "nav.toc ul a"), ["#/check/ready"]);
    assert_eq!(one(&html, "p.progress"), "Chapter 2 of 3");
    assert_eq!(hrefs(&html, "a[rel='prev']"), ["#/overdose-and-naloxone"]);
    assert_eq!(hrefs(&html, "a[rel='next']"), ["#/getting-treatment"]);
    assert_eq!(hrefs(&html, ".masthead__title a"), ["#/overdose-and-naloxone"], "the title leads to the first shown");
    let last = render_with(query, Route::Chapter(t.chapters.len() - 1)).await;
    assert!(all(&last, "a[rel='next']").is_empty(), "no Next after the clinic's last chapter");
    // A check's "back to the guide" leads to the clinic's first chapter.
    let check = render_with(query, Route::Check(opioid_explainer::assessment::flow::Check::Ready)).await;
    assert_eq!(hrefs(&check, "nav.prevnext a"), ["#/overdose-and-naloxone"]);
}

#[tokio::test(flavor = "current_thread")]
async fn no_checks_means_no_checks_heading_and_the_checks_mode_no_chapters() {
    let html = render_with("?checks=none", Route::Chapter(0)).await;
    assert!(all(&html, "#toc-checks").is_empty());
    assert_eq!(attr(&the(&html, "nav.toc"), "aria-labelledby"), "toc-heading");
    let signs = opioid_explainer::assessment::flow::Check::Signs;
    let checks = render_with("?mode=checks&checks=signs,safer", Route::Check(signs)).await;
    assert!(all(&checks, "#toc-heading, nav.toc ol, nav.prevnext, p.progress").is_empty(), "no chapter anywhere");
    assert_eq!(attr(&the(&checks, "nav.toc"), "aria-labelledby"), "toc-checks");
    assert_eq!(hrefs(&checks, "nav.toc ul a"), ["#/check/signs", "#/check/safer"]);
    assert_eq!(hrefs(&checks, ".masthead__title a"), ["#/check/signs"]);
}
