//! Real interaction with the mounted app in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use gloo::utils::{document, window};
use opioid_explainer::config::Settings;
use opioid_explainer::content::{bundle, Lang};
use opioid_explainer::route::Route;
use opioid_explainer::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::platform::time::sleep;
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app in a fresh element; returns the URLs quick exit tried to leave for.
async fn mount() -> Rc<RefCell<Vec<String>>> {
    let left = Rc::new(RefCell::new(Vec::new()));
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let record = left.clone();
    let props = AppProps {
        settings: Settings::default(),
        route: Route::Chapter(0),
        onleave: Callback::from(move |url: String| record.borrow_mut().push(url)),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    sleep(Duration::from_millis(50)).await;
    left
}

fn h1() -> String {
    document().query_selector("h1").unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

fn click(selector: &str) {
    let el = document().query_selector(selector).unwrap().unwrap_or_else(|| panic!("{selector} exists"));
    el.dyn_into::<web_sys::HtmlElement>().unwrap().click();
}

#[wasm_bindgen_test]
async fn choosing_a_chapter_shows_it_and_updates_the_hash_and_quick_exit_blanks_the_page() {
    let left = mount().await;
    let t = bundle(Lang::En);
    assert_eq!(h1(), t.chapters[0].title);

    click(&format!(".toc a[href='#/{}']", t.chapters[1].slug));
    sleep(Duration::from_millis(100)).await;
    assert_eq!(window().location().hash().unwrap(), format!("#/{}", t.chapters[1].slug));
    assert_eq!(h1(), t.chapters[1].title);
    assert_eq!(document().active_element().map(|e| e.id()), Some("chapter-title".to_string()), "focus follows");

    click("a[rel='prev']");
    sleep(Duration::from_millis(100)).await;
    assert_eq!(h1(), t.chapters[0].title);

    assert!(!document().body().unwrap().hidden());
    click(".exit__button");
    assert!(document().body().unwrap().hidden(), "the page is blanked at once");
    assert_eq!(document().title(), "");
    assert_eq!(*left.borrow(), vec!["https://weather.com/".to_string()]);
    document().body().unwrap().set_hidden(false);
}
