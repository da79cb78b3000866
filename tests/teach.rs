//! Each chapter's page for teachers (`#/teach/<slug>`, written by the build from its classroom
//! file): the notes, a handout without answers, the chapter's sources; and the notes never on a
//! chapter's screen, presented or not.

mod common;

use common::{all, render, text};
use opioid_explainer::content::{bundle, Lang, Segment};
use opioid_explainer::route::Route;
use opioid_explainer::ui::{App, AppProps};
use yew::{Callback, LocalServerRenderer};

fn page_html(slug: &str) -> String {
    let t = bundle(Lang::En);
    let page = t.page(&format!("teach/{slug}")).unwrap_or_else(|| panic!("a page for teachers of {slug}"));
    page.html
        .iter()
        .map(|s| match s {
            Segment::Html(w) | Segment::Sources(w) => w.html(),
            Segment::Sim(_) => "",
        })
        .collect()
}

#[test]
fn every_chapter_has_a_page_for_teachers_notes_then_a_handout_without_answers_then_its_sources() {
    let t = bundle(Lang::En);
    for c in t.chapters {
        let page = t.page(&format!("teach/{}", c.slug)).expect("a page");
        assert_eq!(page.title, format!("{}: for teachers", c.title));
        assert_eq!(Route::Page(page.slug).hash(t), format!("#/teach/{}", c.slug));
        let html = page_html(c.slug);
        let notes = html.find("<section class=\"notes\">").expect("notes");
        let handout = html.find("<section class=\"handout\">").expect("a handout");
        let sources = html.find("<section class=\"sources\"").expect("sources");
        assert!(notes < handout && handout < sources, "{}", c.slug);
        for heading in
            ["Learning goals", "Questions to discuss", "Common misconceptions", "Answers to the knowledge check"]
        {
            assert!(html[notes..handout].contains(&format!("<h2>{heading}</h2>")), "{}: {heading}", c.slug);
        }
        assert!(html[notes..handout].contains(&format!("<a href=\"#/{}/1\">Present this chapter.</a>", c.slug)));
        // The handout: every question of the knowledge check, every option to tick, no answer.
        let sheet = &html[handout..sources];
        assert!(sheet.contains(&format!("<h2>{}: handout</h2>", c.title)));
        assert_eq!(sheet.matches("<ol class=\"worksheet\">").count(), 1);
        assert_eq!(sheet.matches("<li><p>").count(), c.quiz.len(), "{}: one item a question", c.slug);
        let worksheet = &sheet[sheet.find("<ol class=\"worksheet\">").unwrap()..];
        let options: usize = c.quiz.iter().map(|q| q.options.len()).sum();
        assert_eq!(worksheet.matches("<li>").count(), c.quiz.len() + options, "{}: each option to tick", c.slug);
        assert!(!sheet.contains("<strong>"), "{}: no answer marked", c.slug);
        // The same sources as the chapter's "How we know".
        let Some(Segment::Sources(chapter_sources)) = c.html.last() else { panic!("sources") };
        assert!(html.ends_with(chapter_sources.html()), "{}", c.slug);
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_page_for_teachers_renders_as_a_page_with_its_notes_and_handout() {
    let html = render(Route::Page("teach/tolerance")).await;
    assert_eq!(text(&all(&html, "h1")[0]), "Tolerance: for teachers");
    assert_eq!(all(&html, "section.notes").len(), 1);
    assert_eq!(all(&html, "section.handout ol.worksheet > li").len(), 4);
    assert!(all(&html, "button.present").is_empty(), "a page is not presented");
}

/// The notes' words (goals, misconceptions) never appear on a chapter's screen, at any
/// presenter step: students see the projector.
#[tokio::test(flavor = "current_thread")]
async fn the_notes_never_show_on_a_chapter_presented_or_not() {
    let t = bundle(Lang::En);
    let (i, c) = t.chapter("tolerance").expect("a chapter");
    let notes = page_html("tolerance");
    let section =
        &notes[notes.find("<section class=\"notes\">").unwrap()..notes.find("<section class=\"handout\">").unwrap()];
    let goal = "Use the simulation to show that the amount needed and the danger come close.";
    assert!(section.contains(goal));
    for step in std::iter::once(None).chain((0..c.steps()).map(Some)) {
        let props =
            AppProps { settings: Default::default(), route: Route::Chapter(i), step, onleave: Callback::noop() };
        let html = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
        assert!(!html.contains(goal) && !html.contains("class=\"notes\""), "step {step:?}");
    }
}
