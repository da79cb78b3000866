//! Presenter mode (issue 12 §1): steps, step links, clicker keys, and what a step shows.

mod common;

use common::*;
use opioid_explainer::assessment::flow::Check;
use opioid_explainer::config::{parse_query, Place, Settings};
use opioid_explainer::content::{bundle, Block, Lang, Segment};
use opioid_explainer::route::Route;
use opioid_explainer::ui::present::on_key;
use opioid_explainer::ui::{App, AppProps};
use rstest::rstest;
use yew::{Callback, LocalServerRenderer};

fn index(slug: &str) -> usize {
    bundle(Lang::En).chapter(slug).expect("a chapter").0
}

#[rstest]
#[case("#/tolerance/1", Route::Chapter(index("tolerance")), Some(0))]
#[case("#/tolerance/3", Route::Chapter(index("tolerance")), Some(2))]
#[case("#/tolerance/3/", Route::Chapter(index("tolerance")), Some(2))]
#[case("#/tolerance", Route::Chapter(index("tolerance")), None)]
// A step the chapter does not have: the chapter, read as usual.
#[case("#/tolerance/0", Route::Chapter(index("tolerance")), None)]
#[case("#/tolerance/99", Route::Chapter(index("tolerance")), None)]
#[case("#/tolerance/-1", Route::Chapter(0), None)]
#[case("#/check/signs", Route::Check(Check::Signs), None)]
#[case("#/privacy/2", Route::Chapter(0), None)]
fn step_links_name_a_chapter_and_a_step(#[case] hash: &str, #[case] route: Route, #[case] step: Option<usize>) {
    assert_eq!(Route::parse_step(hash, bundle(Lang::En), &Settings::default()), (route, step));
}

#[test]
fn a_step_of_a_chapter_the_page_hides_is_the_first_screen() {
    let (s, _) = parse_query("?chapters=receptors,withdrawal", Place::TopLevel);
    let t = bundle(Lang::En);
    assert_eq!(Route::parse_step("#/tolerance/2", t, &s), (Route::Chapter(index("receptors")), None));
    assert_eq!(Route::parse_step("#/withdrawal/2", t, &s), (Route::Chapter(index("withdrawal")), Some(1)));
}

#[test]
fn every_step_of_every_chapter_round_trips_through_its_link() {
    let (t, s) = (bundle(Lang::En), Settings::default());
    for (i, c) in t.chapters.iter().enumerate() {
        let route = Route::Chapter(i);
        assert!(c.steps() >= 3, "{}: a title and at least two steps", c.slug);
        for n in 0..c.steps() {
            let hash = route.hash_at(t, Some(n));
            assert_eq!(hash, format!("#/{}/{}", c.slug, n + 1));
            assert_eq!(Route::parse_step(&hash, t, &s), (route, Some(n)));
        }
        assert_eq!(route.hash_at(t, None), format!("#/{}", c.slug));
    }
}

#[test]
fn each_simulation_is_a_step_of_its_own() {
    let t = bundle(Lang::En);
    for c in t.chapters {
        let placed = t.body(c.slug).iter().filter(|b| matches!(b, Block::Sim(_))).count();
        let sim_steps = (0..c.steps()).filter(|&n| c.is_sim_step(n)).count();
        assert_eq!(sim_steps, placed, "{}", c.slug);
        // Every run of text but the sources is a step; the sources come last.
        assert!(matches!(c.html.last(), Some(Segment::Sources(_))), "{}: sources last", c.slug);
        assert_eq!(c.quiz_step(), c.html.len(), "{}: the title and the body's runs, not the sources", c.slug);
        // Then each question of the knowledge check, a step of its own.
        assert_eq!(c.steps(), c.quiz_step() + c.quiz.len(), "{}", c.slug);
        assert!((3..=5).contains(&c.quiz.len()), "{}: a knowledge check of 3 to 5 questions", c.slug);
    }
    assert!(!t.chapters[0].is_sim_step(0), "the title step is never a simulation");
}

#[rstest]
#[case("PageDown", false, 2, Some(Some(3)))]
#[case("ArrowRight", false, 2, Some(Some(3)))]
#[case("ArrowDown", false, 2, Some(Some(3)))]
#[case(" ", false, 2, Some(Some(3)))]
#[case("PageUp", false, 2, Some(Some(1)))]
#[case("ArrowLeft", false, 2, Some(Some(1)))]
#[case("ArrowUp", false, 2, Some(Some(1)))]
#[case(" ", true, 2, Some(Some(1)))]
#[case("Home", false, 2, Some(Some(0)))]
#[case("End", false, 2, Some(Some(6)))]
#[case("PageDown", false, 6, Some(Some(6)))]
#[case("PageUp", false, 0, Some(Some(0)))]
#[case("Escape", false, 4, Some(None))]
#[case("Enter", false, 2, None)]
#[case("a", false, 2, None)]
#[case("Tab", false, 2, None)]
fn clicker_and_keyboard_keys_move_a_step_and_stop_at_the_ends(
    #[case] key: &str,
    #[case] shift: bool,
    #[case] step: usize,
    #[case] to: Option<Option<usize>>,
) {
    assert_eq!(on_key(key, shift, step, 7), to);
}

async fn presenting(query: &str, route: Route, step: Option<usize>) -> scraper::Html {
    let (settings, warnings) = parse_query(query, Place::TopLevel);
    assert!(warnings.is_empty(), "{warnings:?}");
    let props = AppProps { settings, route, step, onleave: Callback::noop() };
    scraper::Html::parse_fragment(&LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await)
}

/// The steps' wrappers: the title (header), then each run of the body.
fn shown_steps(html: &scraper::Html) -> Vec<String> {
    all(html, ".chapter > header, .chapter > [id^='step-']")
        .iter()
        .filter(|e| e.value().attr("hidden").is_none())
        .map(|e| e.value().attr("id").unwrap_or("title").to_string())
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn presenting_shows_one_step_and_its_controls_and_renders_every_other_step_hidden() {
    let i = index("tolerance");
    let c = &bundle(Lang::En).chapters[i];
    let html = presenting("", Route::Chapter(i), Some(5)).await;
    assert_eq!(shown_steps(&html), vec!["step-5"]);
    // The simulation is rendered in its step even when another is shown (so it keeps its state).
    one(&html, "#step-5 .sim#tolerance");
    let all_steps = all(&html, ".chapter > [id^='step-']").len();
    assert_eq!(all_steps, c.html.len(), "every run rendered, the sources too");
    assert_eq!(one(&html, "nav.presenter .presenter__count"), format!("Step 6 of {}", c.steps()));
    assert_eq!(
        all(&html, "nav.presenter button").iter().map(text).collect::<Vec<_>>(),
        vec!["Back", "Next", "Leave (Esc)"]
    );
    assert_eq!(attr(&the(&html, ".shell"), "data-presenting"), "sim");
    assert!(all(&html, ".present, nav.prevnext").is_empty(), "no Present button or chapter links while presenting");

    let title = presenting("", Route::Chapter(i), Some(0)).await;
    assert_eq!(shown_steps(&title), vec!["title"]);
    assert_eq!(attr(&the(&title, ".shell"), "data-presenting"), "");
    assert_eq!(attr(&all(&title, "nav.presenter button")[0], "aria-disabled"), "true", "no step before the first");
}

#[tokio::test(flavor = "current_thread")]
async fn reading_as_usual_shows_every_step_and_a_present_button_on_chapters_only() {
    let html = presenting("", Route::Chapter(index("tolerance")), None).await;
    assert!(all(&html, ".chapter [hidden]").is_empty(), "nothing hidden");
    assert_eq!(one(&html, "button.present"), "Present");
    assert!(all(&html, "nav.presenter, .shell[data-presenting]").is_empty());
    let check = presenting("", Route::Check(Check::Signs), None).await;
    assert!(all(&check, ".present").is_empty(), "a self-check is not presented");
    let page = presenting("", Route::Page("privacy"), Some(1)).await;
    assert!(all(&page, "nav.presenter").is_empty(), "pages are read, not presented");
}

#[tokio::test(flavor = "current_thread")]
async fn the_classroom_mode_opens_presenting_at_the_first_step_or_the_linked_one() {
    let i = index("withdrawal");
    let html = presenting("?mode=classroom", Route::Chapter(i), None).await;
    assert_eq!(shown_steps(&html), vec!["title"]);
    one(&html, "nav.presenter");
    let linked = presenting("?mode=classroom", Route::Chapter(i), Some(3)).await;
    assert_eq!(shown_steps(&linked), vec!["step-3"]);
}

#[test]
fn two_quick_key_presses_move_two_steps_from_the_step_held_then() {
    use opioid_explainer::assessment::flow::Checks;
    use opioid_explainer::ui::app::{Action, AppState};
    use std::rc::Rc;
    use yew::Reducible;
    let route = Route::Chapter(index("tolerance"));
    let state = Rc::new(AppState { route, checks: Checks::default(), step: Some(7), quiz: Default::default() });
    let state = state.reduce(Action::PresenterKey("PageUp".into(), false, 8));
    let state = state.reduce(Action::PresenterKey(" ".into(), true, 8));
    assert_eq!(state.step, Some(5));
    let state = state.reduce(Action::PresenterKey("Escape".into(), false, 8));
    assert_eq!((state.route, state.step), (route, None));
    // Reading as usual, the keys are the page's own.
    let state = state.reduce(Action::PresenterKey("PageDown".into(), false, 8));
    assert_eq!(state.step, None);
}

proptest::proptest! {
    /// Any address after a chapter's name: a step the chapter has, or none; never a panic.
    #[test]
    fn any_text_after_a_chapter_is_a_step_it_has_or_none(tail in "[0-9/a-z-]{0,12}", i in 0usize..11) {
        let t = bundle(Lang::En);
        let c = &t.chapters[i];
        let (route, step) = Route::parse_step(&format!("#/{}/{tail}", c.slug), t, &Settings::default());
        if let Some(n) = step {
            proptest::prop_assert_eq!(route, Route::Chapter(i));
            proptest::prop_assert!(n < c.steps());
            proptest::prop_assert_eq!(tail.trim_end_matches('/'), (n + 1).to_string());
        }
    }
}
