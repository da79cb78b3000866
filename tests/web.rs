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

thread_local! {
    /// Apps mounted by the running test: destroyed (listeners and all) by `unmount_all`.
    static MOUNTED: RefCell<Vec<yew::AppHandle<App>>> = const { RefCell::new(Vec::new()) };
}

/// Mounts the app in a fresh element; returns the URLs quick exit tried to leave for.
async fn mount() -> Rc<RefCell<Vec<String>>> {
    mount_at(Route::Chapter(0)).await
}

async fn mount_at(route: Route) -> Rc<RefCell<Vec<String>>> {
    let left = Rc::new(RefCell::new(Vec::new()));
    let root = document().create_element("div").unwrap();
    root.set_class_name("test-root");
    document().body().unwrap().append_child(&root).unwrap();
    let record = left.clone();
    let props = AppProps {
        settings: Settings::default(),
        route,
        onleave: Callback::from(move |url: String| record.borrow_mut().push(url)),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    MOUNTED.with(|m| m.borrow_mut().push(app));
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

fn text_of(selector: &str) -> String {
    document().query_selector(selector).unwrap().and_then(|e| e.text_content()).unwrap_or_default()
}

fn input_el(selector: &str) -> web_sys::HtmlInputElement {
    document().query_selector(selector).unwrap().unwrap_or_else(|| panic!("{selector} exists")).dyn_into().unwrap()
}

/// What a reader's drag or arrow key does: a new value, then a bubbling `input` event.
fn slide(selector: &str, value: &str) {
    let input = input_el(selector);
    input.set_value(value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

fn choose(selector: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = document().query_selector(selector).unwrap().unwrap().dyn_into().unwrap();
    select.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

/// Removes the apps earlier tests mounted (not the whole body: the test runner reports there).
async fn unmount_all() {
    for app in MOUNTED.take() {
        app.destroy();
    }
    let roots = document().query_selector_all(".test-root").unwrap();
    for i in 0..roots.length() {
        if let Some(root) = roots.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
            root.remove();
        }
    }
    settle().await;
}

#[wasm_bindgen_test]
async fn moving_the_dose_and_adding_naloxone_change_the_sentence_and_it_is_announced_once_still() {
    unmount_all().await;
    let (i, _) = bundle(Lang::En).chapter("receptors").unwrap();
    mount_at(Route::Chapter(i)).await;
    let describe = "#receptors-describe";
    let live = "#receptors [role='status']";
    assert!(text_of(describe).ends_with(
        "Breathing is slower, at about three quarters of normal. For some people, or with fentanyl, less is enough."
    ));

    slide("#receptors-dose", "3");
    sleep(Duration::from_millis(50)).await;
    let overdose = "About 1 in 10 receptors are switched on. Strong pain relief. Breathing is at less than a fifth of normal. This is life-threatening. For some people, or with fentanyl, less is enough.";
    assert_eq!(text_of(describe), overdose);
    assert_eq!(
        input_el("#receptors-dose").get_attribute("aria-valuetext").unwrap(),
        "3 doses. Breathing is at less than a fifth of normal. This is life-threatening. For some people, or with fentanyl, less is enough."
    );
    assert_eq!(text_of(live), "", "not announced while the reader may still be moving it");
    sleep(Duration::from_millis(800)).await;
    assert_eq!(text_of(live), overdose, "announced once the control is still");
    assert!(text_of("#receptors .readout[data-danger]").contains("Life-threatening"));

    click("#receptors-naloxone");
    sleep(Duration::from_millis(800)).await;
    assert!(text_of(describe).contains("are blocked, so nothing can switch them on"), "{}", text_of(describe));
    assert!(text_of(describe).ends_with("Breathing is normal or close to it."), "{}", text_of(describe));
    assert_eq!(text_of(live), text_of(describe));

    choose("#receptors-drug", "buprenorphine");
    click("#receptors-naloxone");
    sleep(Duration::from_millis(50)).await; // its dose control reaches 20 once the new drug is drawn
    slide("#receptors-dose", "20");
    sleep(Duration::from_millis(50)).await;
    assert!(text_of(describe).starts_with("Nearly all receptors are held by buprenorphine"), "{}", text_of(describe));
    assert!(
        text_of(describe).ends_with(
            "Breathing is at about half of normal. With alcohol or sleeping pills, or in a child, it can slow breathing much more."
        ),
        "the ceiling, and its limits"
    );
    unmount_all().await;
}

#[wasm_bindgen_test]
async fn the_rescue_scrubber_and_opioid_choice_tell_the_naloxone_story() {
    unmount_all().await;
    let (i, _) = bundle(Lang::En).chapter("overdose-and-naloxone").unwrap();
    mount_at(Route::Chapter(i)).await;
    slide("#rescue-time", "0.25");
    sleep(Duration::from_millis(50)).await;
    assert_eq!(
        text_of("#rescue-describe"),
        "After 15 minutes: Naloxone is pushing the opioid off the receptors. Breathing is slower, at about three quarters of normal."
    );
    slide("#rescue-time", "6");
    sleep(Duration::from_millis(50)).await;
    assert_eq!(
        text_of("#rescue-describe"),
        "After 6 hours: Naloxone has worn off. Breathing has almost stopped. This is an overdose."
    );
    click("#rescue-short");
    sleep(Duration::from_millis(50)).await;
    assert_eq!(
        text_of("#rescue-describe"),
        "After 6 hours: Naloxone has worn off. Breathing is normal or close to it."
    );
    unmount_all().await;
}

#[wasm_bindgen_test]
async fn the_reward_toggle_quiets_the_brake_and_pause_is_a_toggle_button() {
    unmount_all().await;
    let (i, _) = bundle(Lang::En).chapter("dopamine-and-learning").unwrap();
    mount_at(Route::Chapter(i)).await;
    click("#reward-opioid");
    sleep(Duration::from_millis(50)).await;
    assert!(text_of("#reward-describe").starts_with("The opioid quiets the brake neurons."));
    assert_eq!(document().query_selector_all("#reward .circuit__spike").unwrap().length(), 11, "fires faster");
    click(".reward__pause");
    sleep(Duration::from_millis(50)).await;
    let pause = document().query_selector(".reward__pause").unwrap().unwrap();
    assert_eq!(pause.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(document().query_selector(".circuit[data-paused]").unwrap().is_some());
    unmount_all().await;
}

// ---- The self-checks ----

use opioid_explainer::assessment::flow::Check;

/// Clicks the button (inside the mounted app) whose text is `label`.
fn press(label: &str) {
    let buttons = document().query_selector_all(".test-root button").unwrap();
    let button = (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|b| b.text_content().is_some_and(|t| t.trim() == label))
        .unwrap_or_else(|| panic!("a button {label:?}"));
    button.dyn_into::<web_sys::HtmlElement>().unwrap().click();
}

fn checked(selector: &str) -> bool {
    input_el(selector).checked()
}

async fn settle() {
    sleep(Duration::from_millis(60)).await;
}

#[wasm_bindgen_test]
async fn a_check_keeps_answers_going_back_and_forth_and_focus_follows_each_screen() {
    unmount_all().await;
    window().location().set_hash("#/check/signs").unwrap();
    settle().await;
    mount_at(Route::Check(Check::Signs)).await;
    assert_eq!(h1(), "Signs to talk about with a clinician");
    press("Start");
    settle().await;
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some("check-step".to_string()),
        "focus to the new screen's heading"
    );
    click("#signs-0-yes");
    settle().await;
    assert!(checked("#signs-0-yes"));
    assert!(document().query_selector("#signs-0-q").unwrap().is_some(), "choosing does not move on");
    press("Next");
    settle().await;
    click("#signs-1-no");
    settle().await;
    press("Back");
    settle().await;
    assert!(checked("#signs-0-yes"), "Back keeps the first answer");
    press("Next");
    settle().await;
    assert!(checked("#signs-1-no"), "Forward keeps the second");
    assert!(!checked("#signs-1-yes"));
    // Leaving for a chapter and coming back keeps them too (in memory; the URL holds only the check).
    click(".test-root .toc a[href='#/what-are-opioids']");
    settle().await;
    assert!(document().query_selector(".test-root fieldset").unwrap().is_none());
    click(".test-root .toc a[href='#/check/signs']");
    settle().await;
    assert_eq!(window().location().hash().unwrap(), "#/check/signs");
    assert!(checked("#signs-1-no"), "back where the reader left off");
    unmount_all().await;
}

#[wasm_bindgen_test]
async fn clear_my_answers_forgets_them_and_says_so_and_quick_exit_forgets_them_first() {
    unmount_all().await;
    let left = mount_at(Route::Check(Check::Safer)).await;
    press("Start");
    settle().await;
    click("#safer-0-yes");
    settle().await;
    press("Clear my answers");
    settle().await;
    assert_eq!(text_of(".test-root .check__notice"), "Your answers are cleared.");
    assert!(document().query_selector(".test-root fieldset").unwrap().is_none(), "back at the intro");
    press("Start");
    settle().await;
    assert!(!checked("#safer-0-yes") && !checked("#safer-0-no"), "the answer is gone");
    assert_eq!(text_of(".test-root .check__notice"), "");

    click("#safer-0-no");
    settle().await;
    click(".test-root .exit__button");
    assert!(document().body().unwrap().hidden());
    assert_eq!(left.borrow().len(), 1);
    settle().await;
    assert_eq!(document().title(), "", "the cleared check re-rendered without titling the blank page");
    // As if the page came back from the back-forward cache: shown and titled again, the answers
    // already gone.
    window().dispatch_event(&web_sys::Event::new("pageshow").unwrap()).unwrap();
    settle().await;
    assert!(!document().body().unwrap().hidden());
    assert_eq!(document().title(), "Staying safer – Understanding Opioids");
    assert!(document().query_selector(".test-root fieldset").unwrap().is_none());
    press("Start");
    settle().await;
    assert!(!checked("#safer-0-no"), "quick exit cleared the answer before leaving");
    unmount_all().await;
}

#[wasm_bindgen_test]
async fn a_ruler_is_unset_until_moved_and_the_result_reflects_it() {
    unmount_all().await;
    mount_at(Route::Check(Check::Ready)).await;
    press("Start");
    settle().await;
    assert_eq!(input_el("#ready-0").get_attribute("aria-valuetext").as_deref(), Some("Not chosen yet"));
    slide("#ready-0", "4");
    settle().await;
    assert_eq!(input_el("#ready-0").get_attribute("aria-valuetext").as_deref(), Some("4 out of 10"));
    // Through to the result, whatever the screen width groups.
    for _ in 0..2 {
        if document().query_selector(".test-root .summary").unwrap().is_none() {
            let finish = text_of(".test-root .check__actions button.button--primary");
            press(finish.trim());
            settle().await;
        }
    }
    assert_eq!(text_of(".test-root #check-step"), "Take a small step.");
    assert!(text_of(".test-root .summary").contains("Why a 4 and not a 2?"));
    assert_eq!(document().active_element().map(|e| e.id()), Some("check-step".to_string()), "the result is announced");
    unmount_all().await;
}

#[wasm_bindgen_test]
async fn the_restart_presets_and_day_scrubber_show_the_old_amount_turning_dangerous() {
    unmount_all().await;
    let (i, _) = bundle(Lang::En).chapter("stopping-and-starting-again").unwrap();
    mount_at(Route::Chapter(i)).await;
    assert_eq!(
        text_of("#restart-describe"),
        "7 days after they stop, the same amount as before: Breathing is at less than a fifth of normal. This is life-threatening."
    );
    click("#restart-break-3");
    sleep(Duration::from_millis(50)).await;
    assert_eq!(input_el("#restart-day").value(), "3");
    assert_eq!(
        text_of("#restart-describe"),
        "3 days after they stop, the same amount as before: Breathing is at about a third of normal."
    );
    click("#restart-break-90");
    sleep(Duration::from_millis(50)).await;
    assert_eq!(
        text_of("#restart-describe"),
        "90 days after they stop, the same amount as before: Breathing has almost stopped. This is an overdose."
    );
    slide("#restart-day", "6");
    sleep(Duration::from_millis(50)).await;
    assert!(text_of("#restart-describe")
        .ends_with("Breathing is at less than a fifth of normal. This is life-threatening."));
    assert!(!input_el("#restart-break-90").checked() && !input_el("#restart-break-7").checked(), "no preset is 6 days");
    click("#restart-used-365");
    sleep(Duration::from_millis(50)).await;
    assert!(input_el("#restart-used-365").checked());
    assert!(
        text_of("#restart-describe").starts_with("6 days after they stop"),
        "the day stays when the length of use changes"
    );
    unmount_all().await;
}

#[wasm_bindgen_test]
async fn the_withdrawal_scrubber_says_what_is_likely_hour_by_hour_for_each_opioid() {
    unmount_all().await;
    let (i, _) = bundle(Lang::En).chapter("withdrawal").unwrap();
    mount_at(Route::Chapter(i)).await;
    slide("#withdrawal-time", "6");
    sleep(Duration::from_millis(50)).await;
    assert_eq!(text_of("#withdrawal-describe"), "6 hours after the last dose: Withdrawal may be starting: feeling uneasy, yawning, sweating, a runny nose and watery eyes.");
    click("#withdrawal-methadone");
    sleep(Duration::from_millis(50)).await;
    assert_eq!(text_of("#withdrawal-describe"), "6 hours after the last dose: Withdrawal has usually not started yet.");
    slide("#withdrawal-time", "240");
    sleep(Duration::from_millis(50)).await;
    assert_eq!(
        text_of("#withdrawal-describe"),
        "10 days after the last dose: Withdrawal is usually easing, though sleep and mood can still be poor."
    );
    assert_eq!(
        input_el("#withdrawal-time").get_attribute("aria-valuetext").as_deref(),
        Some(text_of("#withdrawal-describe").as_str())
    );
    unmount_all().await;
}
