//! The guide in Spanish, as rendered: every screen and the static page speak Spanish only (but
//! the sources' own titles), link to the same screen in English, and say so to the browser.

mod common;

use common::{all, attr, quiz_text, render_with, runs_numbered, text};
use content_compiler::readability::{fernandez_huerta, fk_grade};
use opioid_explainer::assessment::flow::CHECKS;
use opioid_explainer::config::{lang_href, Settings};
use opioid_explainer::content::{bundle, Lang};
use opioid_explainer::route::Route;
use opioid_explainer::ui::static_page;

/// English UI sentences that must never show on a Spanish screen: every English string with a
/// space in it that Spanish words differently (short labels such as drug names may match words in
/// the sources' English titles, which stay as written).
fn english_sentences() -> Vec<&'static str> {
    let (en, es) = (bundle(Lang::En), bundle(Lang::Es));
    en.keys()
        .iter()
        .filter(|k| !k.starts_with("date."))
        .map(|k| (en.tr(k), es.tr(k)))
        .filter(|(e, s)| e != s && e.contains(' ') && e.len() >= 12 && !e.contains('{'))
        .map(|(e, _)| e)
        .collect()
}

/// The page's words, the sources' lists (others' titles, in their own language) left out.
fn words_shown(html: &scraper::Html) -> String {
    let sources: Vec<String> = all(html, ".sources").iter().map(text).collect();
    let mut all_text = text(&html.root_element());
    for s in sources {
        all_text = all_text.replace(&s, "");
    }
    all_text
}

#[tokio::test(flavor = "current_thread")]
async fn every_spanish_screen_is_in_spanish_and_links_to_itself_in_english() {
    let t = bundle(Lang::Es);
    let english = english_sentences();
    assert!(english.len() > 150, "the check sees the English sentences ({})", english.len());
    let settings = Settings { lang: Lang::Es, ..Settings::default() };
    for route in Route::shown(t, &settings) {
        let html = render_with("lang=es", route).await;
        let shell = all(&html, ".shell")[0];
        assert_eq!(attr(&shell, "lang"), "es", "{route:?}");
        let words = words_shown(&html);
        for e in &english {
            assert!(!words.contains(e), "{route:?} shows English: {e:?}");
        }
        let link = all(&html, "a.masthead__lang");
        assert_eq!(link.len(), 1, "{route:?}: one link to the other language");
        assert_eq!(attr(&link[0], "href"), format!("../{}", route.hash(t)), "{route:?}: the same screen in English");
        assert_eq!(
            (attr(&link[0], "hreflang"), attr(&link[0], "lang"), text(&link[0]).as_str()),
            ("en", "en", "English")
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_spanish_static_page_is_in_spanish_with_every_run_once() {
    let settings = Settings { lang: Lang::Es, ..Settings::default() };
    let page = static_page::static_page(settings).await;
    let html = scraper::Html::parse_fragment(&page);
    let words = words_shown(&html);
    for e in english_sentences().iter().filter(|e| !e.starts_with("This ")) {
        assert!(!words.contains(e), "the static page shows English: {e:?}");
    }
    for needed in
        ["Ayuda ahora", "Llame al 911", "oprima 2", "Ver las respuestas", "Esta simulación necesita JavaScript"]
    {
        assert!(page.contains(needed), "{needed:?}");
    }
    // Every chapter's runs are on the page once, under their numbers.
    for c in bundle(Lang::Es).chapters {
        for w in std::iter::once(&c.summary) {
            assert_eq!(runs_numbered(&html, w.index), 1, "{}", c.slug);
        }
    }
    let link = all(&html, "a.masthead__lang");
    assert_eq!(attr(&link[0], "href"), "../", "without a script, the English guide's first screen");
}

#[test]
fn the_page_head_names_the_language_and_where_each_language_is() {
    assert_eq!(
        static_page::head(Lang::Es),
        "<title>Entender los opioides</title><meta name=\"description\" content=\"Cómo actúan los opioides en el cerebro \
         y cómo protegerse. Una guía privada: nada de lo que hace sale de su navegador.\"><link rel=\"alternate\" \
         hreflang=\"en\" href=\"../\"><link rel=\"alternate\" hreflang=\"es\" href=\"./\">"
            .to_string()
            + &static_page::lang_move(Lang::Es)
    );
    assert!(static_page::head(Lang::En).ends_with(&format!(
        "<link rel=\"alternate\" hreflang=\"en\" href=\"./\"><link rel=\"alternate\" hreflang=\"es\" href=\"es/\">{}",
        static_page::lang_move(Lang::En)
    )));
    // The move knows its own language and every built one (what it does is tested in a browser).
    assert!(static_page::lang_move(Lang::Es).contains("const all=[\"en\",\"es\"],here=\"es\""));
    assert!(static_page::lang_move(Lang::En).contains("here=\"en\""));
}

#[test]
fn a_language_link_keeps_the_screen_and_the_settings_but_lang() {
    let (en, es) = (Lang::En, Lang::Es);
    assert_eq!(lang_href("/guide/", "", en, es, "#/tolerance"), "es/#/tolerance");
    assert_eq!(
        lang_href("/guide/index.html", "?mode=checks&lang=en", en, es, "#/check/signs"),
        "es/?mode=checks#/check/signs"
    );
    assert_eq!(
        lang_href("/guide/es/", "?lang=es&chapters=tolerance,withdrawal", es, en, "#/tolerance/3"),
        "../?chapters=tolerance,withdrawal#/tolerance/3"
    );
    assert_eq!(
        lang_href("/usb/understanding-opioids-en.html", "", en, es, "#/privacy"),
        "understanding-opioids-es.html#/privacy"
    );
    assert_eq!(lang_href("/x/understanding-opioids-es.html", "?lang=es", es, en, ""), "understanding-opioids-en.html");
    assert_eq!(lang_href("/guide/es/", "", es, es, "#/x"), "./#/x");
}

#[test]
fn the_spanish_knowledge_checks_and_teachers_pages_are_there_and_easy_to_read() {
    let (en, es) = (bundle(Lang::En), bundle(Lang::Es));
    for (c_es, c_en) in es.chapters.iter().zip(en.chapters) {
        assert_eq!(c_es.slug, c_en.slug, "slugs are shared by every language");
        assert_eq!(c_es.quiz.len(), c_en.quiz.len(), "{}", c_es.slug);
        let blocks = quiz_text(c_es);
        let ease = fernandez_huerta(&blocks);
        assert!(ease >= 70.0, "{}: Fernández-Huerta {ease:.1}", c_es.slug);
        assert!(fk_grade(&blocks) > 0.0);
        let teach = es.page(&format!("teach/{}", c_es.slug)).expect("a page for teachers");
        assert!(teach.title.ends_with(": para maestros"), "{}", teach.title);
    }
    assert_eq!(CHECKS.len(), 3);
}
