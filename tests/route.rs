//! Hash routes: deep links, fallbacks, and what each route shows — all of it following the page's
//! settings (`chapters`, `checks`, `start`, `mode`).

use opioid_explainer::assessment::flow::Check;
use opioid_explainer::config::{parse_query, Place::Framed, Settings};
use opioid_explainer::content::{bundle, Lang};
use opioid_explainer::route::Route;
use rstest::rstest;

#[rstest]
#[case("#/what-are-opioids", Route::Chapter(0))]
#[case("#/receptors", Route::Chapter(1))]
#[case("#/receptors/", Route::Chapter(1))]
#[case("#receptors", Route::Chapter(1))]
#[case("#/privacy", Route::Page("privacy"))]
#[case("#/check/safer", Route::Check(Check::Safer))]
#[case("", Route::Chapter(0))]
#[case("#/", Route::Chapter(0))]
#[case("#/no-such-chapter", Route::Chapter(0))]
#[case("#/check/nope", Route::Chapter(0))]
#[case("#/<script>alert(1)</script>", Route::Chapter(0))]
fn parses_hashes_and_falls_back_to_the_first_chapter(#[case] hash: &str, #[case] route: Route) {
    assert_eq!(Route::parse(hash, bundle(Lang::En), &Settings::default()), route);
}

#[test]
fn every_route_round_trips_through_its_hash() {
    let (t, s) = (bundle(Lang::En), Settings::default());
    let routes = (0..t.chapters.len()).map(Route::Chapter).chain(t.pages.iter().map(|p| Route::Page(p.slug)));
    for route in routes {
        assert_eq!(Route::parse(&route.hash(t), t, &s), route);
        assert_eq!(route.hash(t), format!("#/{}", route.chapter(t).slug));
    }
}

#[test]
fn chapters_show_progress_and_pages_do_not() {
    let (t, s) = (bundle(Lang::En), Settings::default());
    let total = t.chapters.len();
    assert_eq!(Route::Chapter(0).progress(t, &s), Some(format!("Chapter 1 of {total}")));
    assert_eq!(Route::Chapter(total - 1).progress(t, &s), Some(format!("Chapter {total} of {total}")));
    assert_eq!(Route::Page("privacy").progress(t, &s), None);
    assert_eq!(Route::Page("privacy").chapter(t).title, "How we keep your answers private");
    assert_eq!(Route::Page("gone").chapter(t).slug, t.chapters[0].slug, "an unknown page shows the first chapter");
}

/// A clinic's own selection: chapters 4, 2 and 9 in that order, the signs check only.
fn clinic() -> Settings {
    let (s, w) =
        parse_query("?chapters=overdose-and-naloxone,receptors,return-to-use-and-recovery&checks=signs", Framed);
    assert!(w.is_empty(), "{w:?}");
    s
}

fn index(slug: &str) -> usize {
    bundle(Lang::En).chapter(slug).expect("a chapter").0
}

#[rstest]
#[case("#/receptors", "receptors")]
#[case("#/return-to-use-and-recovery", "return-to-use-and-recovery")]
#[case("#/what-are-opioids", "overdose-and-naloxone")]
#[case("#/getting-treatment", "overdose-and-naloxone")]
#[case("", "overdose-and-naloxone")]
fn hidden_chapters_lead_to_the_first_chapter_shown(#[case] hash: &str, #[case] shown: &str) {
    assert_eq!(Route::parse(hash, bundle(Lang::En), &clinic()), Route::Chapter(index(shown)));
}

#[test]
fn a_hidden_check_leads_to_the_first_chapter_shown_and_pages_stay() {
    let (t, s) = (bundle(Lang::En), clinic());
    assert_eq!(Route::parse("#/check/signs", t, &s), Route::Check(Check::Signs));
    assert_eq!(Route::parse("#/check/safer", t, &s), Route::Chapter(index("overdose-and-naloxone")));
    assert_eq!(Route::parse("#/privacy", t, &s), Route::Page("privacy"), "the privacy promise is always there");
}

#[test]
fn progress_counts_the_chapters_shown_in_their_order() {
    let (t, s) = (bundle(Lang::En), clinic());
    assert_eq!(Route::Chapter(index("overdose-and-naloxone")).progress(t, &s).as_deref(), Some("Chapter 1 of 3"));
    assert_eq!(Route::Chapter(index("receptors")).progress(t, &s).as_deref(), Some("Chapter 2 of 3"));
    assert_eq!(Route::Chapter(index("return-to-use-and-recovery")).progress(t, &s).as_deref(), Some("Chapter 3 of 3"));
    assert_eq!(Route::Chapter(index("what-are-opioids")).progress(t, &s), None, "hidden");
}

#[rstest]
#[case("?start=tolerance", Route::Chapter(3))]
#[case("?start=check/ready", Route::Check(Check::Ready))]
#[case("?mode=checks", Route::Check(Check::Signs))]
#[case("?mode=checks&checks=ready,safer", Route::Check(Check::Ready))]
#[case("?mode=checks&start=check/safer", Route::Check(Check::Safer))]
#[case("?chapters=withdrawal,overdose-and-naloxone", Route::Chapter(6))]
fn the_first_screen_follows_start_and_mode(#[case] query: &str, #[case] first: Route) {
    let (s, w) = parse_query(query, Framed);
    assert!(w.is_empty(), "{w:?}");
    let t = bundle(Lang::En);
    for hash in ["", "#/", "#/nowhere"] {
        assert_eq!(Route::parse(hash, t, &s), first, "{query} {hash}");
    }
    assert_eq!(s.home(), first);
}

#[test]
fn in_the_checks_mode_no_chapter_is_shown() {
    let (s, _) = parse_query("?mode=checks", Framed);
    let t = bundle(Lang::En);
    for i in 0..t.chapters.len() {
        assert_eq!(Route::parse(&Route::Chapter(i).hash(t), t, &s), Route::Check(Check::Signs));
    }
}

#[test]
fn a_results_link_to_a_check_is_shown_only_if_the_check_is() {
    let s = clinic();
    assert!(s.shows_link("#/check/signs"));
    assert!(!s.shows_link("#/check/safer"), "hidden by checks=signs");
    assert!(s.shows_link("https://neverusealone.com/"), "a link elsewhere is always shown");
    assert!(Settings::default().shows_link("#/check/safer"));
}
