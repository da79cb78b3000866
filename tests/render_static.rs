//! The static page the build writes into `index.html` (`ui::static_page`): every screen the
//! settings show, readable without JavaScript, carrying each run of chapter text the app takes,
//! with ids unique and every in-page link and label pointing somewhere real.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;
use opioid_explainer::assessment::flow::CHECKS;
use opioid_explainer::config::{parse_query, Place, Settings};
use opioid_explainer::content::{bundle, Lang, Segment, Words};
use opioid_explainer::help_lines::HELP_LINES;
use opioid_explainer::route::Route;
use opioid_explainer::ui::static_page::static_page;
use scraper::Html;

async fn page(settings: Settings) -> Html {
    Html::parse_fragment(&static_page(settings).await)
}

fn route_ids(html: &Html) -> Vec<String> {
    all(html, "main > .route").iter().map(|r| attr(r, "id").to_string()).collect()
}

#[tokio::test(flavor = "current_thread")]
async fn every_chapter_page_and_check_is_a_screen_the_first_screen_first() {
    let t = bundle(Lang::En);
    let html = page(Settings::default()).await;
    let mut expected: Vec<String> = t.chapters.iter().map(|c| format!("/{}", c.slug)).collect();
    expected.extend(t.pages.iter().map(|p| format!("/{}", p.slug)));
    expected.extend(CHECKS.iter().map(|c| format!("/check/{}", c.slug())));
    assert_eq!(route_ids(&html), expected);
    // Each screen shows its own title, as the app does on arrival.
    for (i, c) in t.chapters.iter().enumerate() {
        let screen = the(&html, &format!("main > .route:nth-of-type({})", i + 2));
        let title: Vec<String> = screen.select(&scraper::Selector::parse("h1").unwrap()).map(|h| text(&h)).collect();
        assert_eq!(title, [c.title], "{}", c.slug);
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_page_carries_every_run_of_text_once_with_the_words_the_app_shows() {
    let t = bundle(Lang::En);
    let html = page(Settings::default()).await;
    let runs: BTreeMap<u16, String> =
        common::runs(&html).iter().map(|(n, r)| (u16::try_from(*n).expect("a run's number"), text(r))).collect();
    assert_eq!(runs.len(), all(&html, "[data-w]").len(), "each run once");
    let carried = |w: Words, whose: &str| {
        let words = text(&Html::parse_fragment(w.html()).root_element());
        assert!(!words.is_empty());
        assert_eq!(runs.get(&w.index), Some(&words), "run {} of {whose}", w.index);
    };
    // Numbered in the page's order (the content compiler's), so every run is the one before plus
    // one and the page writes no number at all.
    assert!(all(&html, "[data-w]").iter().all(|r| attr(r, "data-w").is_empty()), "a run with a number");
    let numbers: Vec<u16> = runs.keys().copied().collect();
    assert_eq!(numbers, (0..u16::try_from(numbers.len()).expect("few runs")).collect::<Vec<_>>());
    // Every run the app shows is on the page under its number, with the same words: each
    // chapter's and page's summary, text, simulations' sources and knowledge check.
    let mut shown = std::collections::BTreeSet::new();
    for c in t.chapters.iter().chain(t.pages) {
        let words =
            std::iter::once(c.summary)
                .chain(c.html.iter().map(|s| match s {
                    Segment::Html(w) | Segment::Sources(w) => *w,
                    Segment::Sim(sim) => t.sim_sources(*sim),
                }))
                .chain(c.quiz.iter().flat_map(|q| {
                    std::iter::once(q.ask).chain(q.options.iter().copied()).chain(q.why.iter().copied())
                }));
        for w in words {
            carried(w, c.slug);
            shown.insert(w.index);
        }
    }
    assert_eq!(shown.len(), runs.len(), "every run on the page is one the app shows");
    assert_eq!(
        text(&the(&html, "[id='/tolerance'] .chapter__summary")),
        text(&Html::parse_fragment(t.chapters[3].summary.html()).root_element())
    );
}

#[tokio::test(flavor = "current_thread")]
async fn simulations_and_checks_say_they_need_javascript() {
    let t = bundle(Lang::En);
    let html = page(Settings::default()).await;
    let sims = t.chapters.iter().flat_map(|c| c.html).filter(|s| matches!(s, Segment::Sim(_))).count();
    assert_eq!(all(&html, ".sim--static[data-sim] .needs-js").len(), sims);
    assert_eq!(all(&html, ".sim--static h3.sim__title").len(), sims, "each under its title");
    for c in CHECKS {
        let screen = the(&html, &format!("[id='/check/{}']", c.slug()));
        let note: Vec<String> =
            screen.select(&scraper::Selector::parse(".needs-js").unwrap()).map(|n| text(&n)).collect();
        assert_eq!(note, [t.tr("static.check_needs_js")]);
    }
    // No live simulation, no script, no inline style or handler: the page's policy allows none.
    assert!(all(&html, "input, select, script, [style]").is_empty());
    for e in all(&html, "*") {
        assert!(e.value().attrs().all(|(name, _)| !name.starts_with("on")), "<{}> has no handler", e.value().name());
    }
}

#[tokio::test(flavor = "current_thread")]
async fn ids_are_unique_and_every_label_and_in_page_link_points_somewhere() {
    let html = page(Settings::default()).await;
    let mut ids = BTreeSet::new();
    for e in all(&html, "[id]") {
        assert!(ids.insert(attr(&e, "id").to_string()), "id {} once", attr(&e, "id"));
    }
    for e in all(&html, "[aria-labelledby]") {
        for id in attr(&e, "aria-labelledby").split_whitespace() {
            assert!(ids.contains(id), "aria-labelledby {id} is on the page");
        }
    }
    let routes = route_ids(&html);
    for href in hrefs(&html, "a[href^='#']") {
        // A presenter-mode step (`#/tolerance/6`, on the page for teachers) needs the app: without
        // it the link names no screen. Its chapter must be one.
        let screen = match href.rsplit_once('/') {
            Some((chapter, n)) if n.parse::<usize>().is_ok() => chapter,
            _ => &href,
        };
        assert!(routes.contains(&screen[1..].to_string()), "{href} names a screen");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_help_numbers_and_the_way_out_work_without_a_script() {
    let t = bundle(Lang::En);
    let html = page(Settings::default()).await;
    let bar: Vec<String> = HELP_LINES.iter().flat_map(|l| l.bar.iter().map(|(href, _)| href.to_string())).collect();
    assert_eq!(hrefs(&html, "aside.help .help__list a"), bar);
    assert_eq!(hrefs(&html, ".exit a.exit__button"), [Settings::default().exit_url]);
    // The notice a panic reveals: hidden until then, with a link that reloads the guide.
    let failed = the(&html, ".static-failed[hidden][role='alert']");
    assert!(text(&failed).starts_with(t.tr("static.failed")));
    assert_eq!(hrefs(&html, ".static-failed a"), [""]);
}

#[tokio::test(flavor = "current_thread")]
async fn a_clinics_choice_of_screens_is_the_static_pages_too() {
    let t = bundle(Lang::En);
    let (settings, warnings) =
        parse_query("?chapters=overdose-and-naloxone,tolerance&checks=safer&start=tolerance", Place::TopLevel);
    assert!(warnings.is_empty(), "{warnings:?}");
    let html = page(settings.clone()).await;
    let ids = route_ids(&html);
    assert_eq!(ids[..3], ["/tolerance", "/overdose-and-naloxone", "/privacy"].map(String::from));
    assert_eq!(ids.last().map(String::as_str), Some("/check/safer"));
    assert_eq!(Route::shown(bundle(Lang::En), &settings).len(), ids.len());
    assert_eq!(
        all(&html, "nav.toc a").iter().map(text).collect::<Vec<_>>(),
        [t.chapters[t.chapter("overdose-and-naloxone").unwrap().0].title, "Tolerance", "Staying safer"]
    );
}

#[test]
fn a_run_one_past_the_run_before_carries_no_number_and_reads_back_the_same() {
    use opioid_explainer::ui::static_page::runs_in_order;
    let page =
        "<p data-w=\"0\">a</p><p data-w=\"1\">b</p><p data-w=\"5\">c</p><p data-w=\"6\">d</p><i data-w=\"2\"></i>";
    let written = runs_in_order(page);
    assert_eq!(
        written,
        "<p data-w=\"\">a</p><p data-w=\"\">b</p><p data-w=\"5\">c</p><p data-w=\"\">d</p><i data-w=\"2\"></i>"
    );
    let html = Html::parse_fragment(&written);
    let numbers: Vec<usize> = common::runs(&html).iter().map(|(n, _)| *n).collect();
    assert_eq!(numbers, [0, 1, 5, 6, 2]);
}
