//! Hash routes: deep links, fallbacks, and what each route shows.

use opioid_explainer::content::{bundle, Lang};
use opioid_explainer::route::Route;
use rstest::rstest;

#[rstest]
#[case("#/what-are-opioids", Route::Chapter(0))]
#[case("#/receptors", Route::Chapter(1))]
#[case("#/receptors/", Route::Chapter(1))]
#[case("#receptors", Route::Chapter(1))]
#[case("#/privacy", Route::Page("privacy"))]
#[case("", Route::Chapter(0))]
#[case("#/", Route::Chapter(0))]
#[case("#/no-such-chapter", Route::Chapter(0))]
#[case("#/<script>alert(1)</script>", Route::Chapter(0))]
fn parses_hashes_and_falls_back_to_the_first_chapter(#[case] hash: &str, #[case] route: Route) {
    assert_eq!(Route::parse(hash, bundle(Lang::En)), route);
}

#[test]
fn every_route_round_trips_through_its_hash() {
    let t = bundle(Lang::En);
    let routes = (0..t.chapters.len()).map(Route::Chapter).chain(t.pages.iter().map(|p| Route::Page(p.slug)));
    for route in routes {
        assert_eq!(Route::parse(&route.hash(t), t), route);
        assert_eq!(route.hash(t), format!("#/{}", route.chapter(t).slug));
    }
}

#[test]
fn chapters_show_progress_and_pages_do_not() {
    let t = bundle(Lang::En);
    let total = t.chapters.len();
    assert_eq!(Route::Chapter(0).progress(t), Some(format!("Chapter 1 of {total}")));
    assert_eq!(Route::Chapter(total - 1).progress(t), Some(format!("Chapter {total} of {total}")));
    assert_eq!(Route::Page("privacy").progress(t), None);
    assert_eq!(Route::Page("privacy").chapter(t).title, "How we keep your answers private");
    assert_eq!(Route::Page("gone").chapter(t).slug, t.chapters[0].slug, "an unknown page shows the first chapter");
}
