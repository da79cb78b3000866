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

/// One test's app: mounted in a fresh element, destroyed (listeners and all) and removed when the
/// test ends, so no test depends on another's order or leftovers.
struct Mounted {
    app: Option<yew::AppHandle<App>>,
    root: web_sys::Element,
    /// The URLs quick exit tried to leave for.
    left: Rc<RefCell<Vec<String>>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
        document().body().unwrap().set_hidden(false);
    }
}

/// Mounts the app at `route` and waits until it is ready.
async fn mount_at(route: Route) -> Mounted {
    mount_with(Settings::default(), route).await
}

/// Mounts the app with `settings` (a language, a clinic's) at `route` and waits until it is ready.
async fn mount_with(settings: Settings, route: Route) -> Mounted {
    // A test that failed aborted before its `Mounted` could drop: take its app away, so one failure
    // is reported once, not again by every test after it that reads the page.
    if let Ok(stale) = document().query_selector_all(".test-root") {
        for i in 0..stale.length() {
            if let Some(node) = stale.item(i) {
                node.unchecked_into::<web_sys::Element>().remove();
            }
        }
    }
    document().body().unwrap().set_hidden(false);
    let left = Rc::new(RefCell::new(Vec::new()));
    let root = document().create_element("div").unwrap();
    root.set_class_name("test-root");
    document().body().unwrap().append_child(&root).unwrap();
    let record = left.clone();
    let props = AppProps {
        settings,
        route,
        step: None,
        onleave: Callback::from(move |url: String| record.borrow_mut().push(url)),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    let mounted = Mounted { app: Some(app), root, left };
    until("the app to be ready", || exists(".test-root [data-ready] h1")).await;
    mounted
}

/// Waits until `check` holds, looking every 10 ms for at most 10 s, then fails naming what it
/// awaited. A pass returns as soon as the state holds (milliseconds); the limit only bounds a
/// failure, and is wide because a busy machine once took over 3 s in Firefox.
async fn until(what: &str, check: impl Fn() -> bool) {
    for _ in 0..1000 {
        if check() {
            return;
        }
        sleep(Duration::from_millis(10)).await;
    }
    panic!("waited 10 s for {what}");
}

/// Waits until `actual` reads `expected` (at most 10 s), then compares, so a failure shows both.
async fn until_eq(actual: impl Fn() -> String, expected: &str) {
    until(expected, || actual() == expected).await;
    assert_eq!(actual(), expected);
}

fn exists(selector: &str) -> bool {
    document().query_selector(selector).unwrap().is_some()
}

fn focused() -> String {
    document().active_element().map(|e| e.id()).unwrap_or_default()
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
    let app = mount_at(Route::Chapter(0)).await;
    let t = bundle(Lang::En);
    assert_eq!(h1(), t.chapters[0].title);

    click(&format!(".toc a[href='#/{}']", t.chapters[1].slug));
    until_eq(h1, t.chapters[1].title).await;
    assert_eq!(window().location().hash().unwrap(), format!("#/{}", t.chapters[1].slug));
    until_eq(focused, "chapter-title").await;

    click("a[rel='prev']");
    until_eq(h1, t.chapters[0].title).await;

    assert!(!document().body().unwrap().hidden());
    click(".exit__button");
    assert!(document().body().unwrap().hidden(), "the page is blanked at once");
    assert_eq!(document().title(), "");
    assert_eq!(*app.left.borrow(), vec!["https://weather.com/".to_string()]);
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

#[wasm_bindgen_test]
async fn a_slow_drag_is_announced_only_once_the_slider_is_still() {
    let (i, _) = bundle(Lang::En).chapter("receptors").unwrap();
    let _app = mount_at(Route::Chapter(i)).await;
    let live = "#receptors [role='status']";
    // The reader's pace, not a wait for a state: eight steps 150 ms apart, back and forth so the
    // sentence changes at each, over a second of dragging, well past the 600 ms the announcement
    // waits for after the last change.
    for (n, dose) in ["3", "1", "3", "1", "3", "1", "3", "1"].iter().enumerate() {
        slide("#receptors-dose", dose);
        sleep(Duration::from_millis(150)).await;
        assert_eq!(text_of(live), "", "nothing announced while the slider moves (step {n})");
    }
    let still = text_of("#receptors-describe");
    assert!(still.contains("three quarters of normal"), "{still}");
    until_eq(|| text_of(live), &still).await;
}

#[wasm_bindgen_test]
async fn moving_the_dose_and_adding_naloxone_change_the_sentence_and_it_is_announced_once_still() {
    let (i, _) = bundle(Lang::En).chapter("receptors").unwrap();
    let _app = mount_at(Route::Chapter(i)).await;
    let describe = "#receptors-describe";
    let live = "#receptors [role='status']";
    assert!(text_of(describe).ends_with(
        "Breathing is slower, at about three quarters of normal. For some people, or with fentanyl, less is enough."
    ));

    slide("#receptors-dose", "3");
    let overdose = "About 1 in 10 receptors are switched on. Strong pain relief. Breathing is at less than a fifth of normal. This is life-threatening. For some people, or with fentanyl, less is enough.";
    until_eq(|| text_of(describe), overdose).await;
    assert_eq!(
        input_el("#receptors-dose").get_attribute("aria-valuetext").unwrap(),
        "3 doses. Breathing is at less than a fifth of normal. This is life-threatening. For some people, or with fentanyl, less is enough."
    );
    assert_eq!(text_of(live), "", "not announced while the reader may still be moving it");
    until_eq(|| text_of(live), overdose).await;
    assert!(text_of("#receptors .readout[data-danger]").contains("Life-threatening"));

    click("#receptors-naloxone");
    until("naloxone to block the receptors", || {
        text_of(describe).contains("are blocked, so nothing can switch them on")
    })
    .await;
    assert!(text_of(describe).ends_with("Breathing is normal or close to it."), "{}", text_of(describe));
    until_eq(|| text_of(live), &text_of(describe)).await;

    choose("#receptors-drug", "buprenorphine");
    click("#receptors-naloxone");
    // Its dose control reaches 20 once the new drug is drawn.
    until("the dose control to reach 20", || input_el("#receptors-dose").max() == "20").await;
    slide("#receptors-dose", "20");
    until("buprenorphine to hold the receptors", || {
        text_of(describe).starts_with("Nearly all receptors are held by buprenorphine")
    })
    .await;
    assert!(
        text_of(describe).ends_with(
            "Breathing is at about half of normal. With alcohol or sleeping pills, or in a child, it can slow breathing much more."
        ),
        "the ceiling, and its limits"
    );
}

#[wasm_bindgen_test]
async fn the_rescue_scrubber_and_opioid_choice_tell_the_naloxone_story() {
    let (i, _) = bundle(Lang::En).chapter("overdose-and-naloxone").unwrap();
    let _app = mount_at(Route::Chapter(i)).await;
    let describe = || text_of("#rescue-describe");
    slide("#rescue-time", "0.25");
    until_eq(
        describe,
        "After 15 minutes: Naloxone is pushing the opioid off the receptors. Breathing is slower, at about three quarters of normal.",
    )
    .await;
    slide("#rescue-time", "6");
    until_eq(describe, "After 6 hours: Naloxone has worn off. Breathing has almost stopped. This is an overdose.")
        .await;
    click("#rescue-short");
    until_eq(describe, "After 6 hours: Naloxone has worn off. Breathing is normal or close to it.").await;
}

#[wasm_bindgen_test]
async fn the_reward_toggle_quiets_the_brake_and_pause_is_a_toggle_button() {
    let (i, _) = bundle(Lang::En).chapter("dopamine-and-learning").unwrap();
    let _app = mount_at(Route::Chapter(i)).await;
    click("#reward-opioid");
    until("the brake to be quieted", || {
        text_of("#reward-describe").starts_with("The opioid quiets the brake neurons.")
    })
    .await;
    assert_eq!(document().query_selector_all("#reward .circuit__spike").unwrap().length(), 11, "fires faster");
    click(".reward__pause");
    until("the pulses to pause", || exists(".circuit[data-paused]")).await;
    let pause = document().query_selector(".reward__pause").unwrap().unwrap();
    assert_eq!(pause.get_attribute("aria-pressed").as_deref(), Some("true"));
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

#[wasm_bindgen_test]
async fn a_check_keeps_answers_going_back_and_forth_and_focus_follows_each_screen() {
    window().location().set_hash("#/check/signs").unwrap();
    let _app = mount_at(Route::Check(Check::Signs)).await;
    assert_eq!(h1(), "Signs to talk about with a clinician");
    press("Start");
    until_eq(focused, "check-step").await;
    click("#signs-0-yes");
    until("the answer to be kept", || checked("#signs-0-yes")).await;
    assert!(exists("#signs-0-q"), "choosing does not move on");
    press("Next");
    until("the second question", || exists("#signs-1-no")).await;
    click("#signs-1-no");
    until("the second answer", || checked("#signs-1-no")).await;
    press("Back");
    until("the first question again", || exists("#signs-0-yes")).await;
    assert!(checked("#signs-0-yes"), "Back keeps the first answer");
    press("Next");
    until("the second question again", || exists("#signs-1-no")).await;
    assert!(checked("#signs-1-no"), "Forward keeps the second");
    assert!(!checked("#signs-1-yes"));
    // Leaving for a chapter and coming back keeps them too (in memory; the URL holds only the check).
    click(".test-root .toc a[href='#/what-are-opioids']");
    until("the chapter", || !exists(".test-root .check")).await;
    click(".test-root .toc a[href='#/check/signs']");
    until("the check again", || exists("#signs-1-no")).await;
    assert_eq!(window().location().hash().unwrap(), "#/check/signs");
    assert!(checked("#signs-1-no"), "back where the reader left off");
}

#[wasm_bindgen_test]
async fn clear_my_answers_forgets_them_and_says_so_and_quick_exit_forgets_them_first() {
    let app = mount_at(Route::Check(Check::Safer)).await;
    press("Start");
    until("the first question", || exists("#safer-0-yes")).await;
    click("#safer-0-yes");
    until("the answer", || checked("#safer-0-yes")).await;
    press("Clear my answers");
    until_eq(|| text_of(".test-root .check__notice"), "Your answers are cleared.").await;
    assert!(!exists(".test-root fieldset"), "back at the intro");
    press("Start");
    until("the first question", || exists("#safer-0-yes")).await;
    assert!(!checked("#safer-0-yes") && !checked("#safer-0-no"), "the answer is gone");
    assert_eq!(text_of(".test-root .check__notice"), "");

    click("#safer-0-no");
    until("the answer", || checked("#safer-0-no")).await;
    click(".test-root .exit__button");
    assert!(document().body().unwrap().hidden());
    assert_eq!(app.left.borrow().len(), 1);
    until("the check to return to its intro", || !exists(".test-root fieldset")).await;
    assert_eq!(document().title(), "", "the cleared check re-rendered without titling the blank page");
    // As if the page came back from the back-forward cache: shown and titled again, the answers
    // already gone.
    window().dispatch_event(&web_sys::Event::new("pageshow").unwrap()).unwrap();
    until("the page to show again", || !document().body().unwrap().hidden()).await;
    assert_eq!(document().title(), "Staying safer – Understanding Opioids");
    assert!(!exists(".test-root fieldset"));
    press("Start");
    until("the first question", || exists("#safer-0-no")).await;
    assert!(!checked("#safer-0-no"), "quick exit cleared the answer before leaving");
}

#[wasm_bindgen_test]
async fn a_ruler_is_unset_until_moved_and_the_result_reflects_it() {
    let _app = mount_at(Route::Check(Check::Ready)).await;
    press("Start");
    until("the ruler", || exists("#ready-0")).await;
    assert_eq!(input_el("#ready-0").get_attribute("aria-valuetext").as_deref(), Some("Not chosen yet"));
    slide("#ready-0", "4");
    until_eq(|| input_el("#ready-0").get_attribute("aria-valuetext").unwrap_or_default(), "4 out of 10").await;
    // Through to the result, whatever the screen width groups.
    for _ in 0..2 {
        if !exists(".test-root .summary") {
            let before = text_of(".test-root #check-step");
            let finish = text_of(".test-root .check__actions button.button--primary");
            press(finish.trim());
            until("the next screen", || text_of(".test-root #check-step") != before).await;
        }
    }
    assert_eq!(text_of(".test-root #check-step"), "Take a small step.");
    assert!(text_of(".test-root .summary").contains("Why a 4 and not a 2?"));
    until_eq(focused, "check-step").await;
}

#[wasm_bindgen_test]
async fn the_restart_presets_and_day_scrubber_show_the_old_amount_turning_dangerous() {
    let (i, _) = bundle(Lang::En).chapter("stopping-and-starting-again").unwrap();
    let _app = mount_at(Route::Chapter(i)).await;
    let describe = || text_of("#restart-describe");
    assert_eq!(
        describe(),
        "7 days after they stop, the same amount as before: Breathing is at less than a fifth of normal. This is life-threatening."
    );
    click("#restart-break-3");
    until_eq(describe, "3 days after they stop, the same amount as before: Breathing is at about a third of normal.")
        .await;
    assert_eq!(input_el("#restart-day").value(), "3");
    click("#restart-break-90");
    until_eq(
        describe,
        "90 days after they stop, the same amount as before: Breathing has almost stopped. This is an overdose.",
    )
    .await;
    slide("#restart-day", "6");
    until("day 6", || describe().starts_with("6 days after they stop")).await;
    assert!(describe().ends_with("Breathing is at less than a fifth of normal. This is life-threatening."));
    assert!(!input_el("#restart-break-90").checked() && !input_el("#restart-break-7").checked(), "no preset is 6 days");
    click("#restart-used-365");
    until("a year of use", || input_el("#restart-used-365").checked()).await;
    assert!(describe().starts_with("6 days after they stop"), "the day stays when the length of use changes");
}

#[wasm_bindgen_test]
async fn the_withdrawal_scrubber_says_what_is_likely_hour_by_hour_for_each_opioid() {
    let (i, _) = bundle(Lang::En).chapter("withdrawal").unwrap();
    let _app = mount_at(Route::Chapter(i)).await;
    let describe = || text_of("#withdrawal-describe");
    slide("#withdrawal-time", "6");
    until_eq(describe, "6 hours after the last dose: Withdrawal may be starting: feeling uneasy, yawning, sweating, a runny nose and watery eyes.").await;
    click("#withdrawal-methadone");
    until_eq(describe, "6 hours after the last dose: Withdrawal has usually not started yet.").await;
    slide("#withdrawal-time", "240");
    until_eq(
        describe,
        "10 days after the last dose: Withdrawal is usually easing, though sleep and mood can still be poor.",
    )
    .await;
    assert_eq!(input_el("#withdrawal-time").get_attribute("aria-valuetext").as_deref(), Some(describe().as_str()));
}

#[wasm_bindgen_test]
async fn a_knowledge_check_announces_each_verdict_then_the_score_and_forgets_it_on_leaving() {
    let t = bundle(Lang::En);
    let (i, c) = t.chapter("tolerance").unwrap();
    window().location().set_hash("#/tolerance").unwrap();
    let _app = mount_at(Route::Chapter(i)).await;
    let status = |q: usize| text_of(&format!(".test-root .quiz fieldset:nth-of-type({}) [role='status']", q + 1));
    click(".test-root .quiz fieldset:nth-of-type(1) button");
    until_eq(|| status(0), "Choose an answer first.").await;
    for (q, question) in c.quiz.iter().enumerate() {
        // The first question wrong, the others right: radios are clicked as a reader would.
        let option = if q == 0 { (question.right + 1) % question.options.len() } else { question.right };
        let radios = document().query_selector_all(&format!(".test-root input[name='quiz-{q}']")).unwrap();
        radios.item(option as u32).unwrap().dyn_into::<web_sys::HtmlElement>().unwrap().click();
        click(&format!(".test-root .quiz fieldset:nth-of-type({}) button", q + 1));
        until(&format!("question {}'s verdict", q + 1), || {
            !status(q).is_empty() && status(q) != "Choose an answer first."
        })
        .await;
        assert!(status(q).starts_with(if q == 0 { "Not quite." } else { "Right." }), "{}", status(q));
    }
    until_eq(|| text_of(".test-root .quiz__score"), &format!("{} of {} right.", c.quiz.len() - 1, c.quiz.len())).await;
    // Another chapter and back: a fresh check.
    click(".test-root .toc a[href='#/withdrawal']");
    until_eq(h1, "Withdrawal").await;
    click(".test-root .toc a[href='#/tolerance']");
    until_eq(h1, "Tolerance").await;
    assert_eq!(text_of(".test-root .quiz__score"), "");
    assert!(document().query_selector(".test-root .quiz input:checked").unwrap().is_none());
}

fn spanish() -> Settings {
    Settings { lang: Lang::Es, ..Settings::default() }
}

#[wasm_bindgen_test]
async fn in_spanish_a_chapter_moves_on_and_the_dose_sentence_is_spanish_and_announced_once_still() {
    let t = bundle(Lang::Es);
    let (i, _) = t.chapter("receptors").unwrap();
    let _app = mount_with(spanish(), Route::Chapter(i - 1)).await;
    assert_eq!(h1(), "Qué son los opioides");
    assert_eq!(document().query_selector(".test-root .shell").unwrap().unwrap().get_attribute("lang").unwrap(), "es");
    click("a[rel='next']");
    until_eq(h1, "Receptores: llave y cerradura").await;
    slide("#receptors-dose", "3");
    let overdose = "Alrededor de 1 de cada 10 receptores están encendidos. Mucho alivio del dolor. La respiración está en \
                    menos de un quinto de lo normal. Esto pone la vida en peligro. Para algunas personas, o con fentanilo, \
                    basta con menos.";
    until_eq(|| text_of("#receptors-describe"), overdose).await;
    assert_eq!(text_of("#receptors [role='status']"), "", "not announced while the reader may still be moving it");
    until_eq(|| text_of("#receptors [role='status']"), overdose).await;
    assert!(text_of("#receptors .readout[data-danger]").contains("Peligro de muerte"));
}

#[wasm_bindgen_test]
async fn leaving_for_english_while_a_check_holds_answers_asks_first_and_staying_keeps_them() {
    use opioid_explainer::assessment::flow::Check;
    let _app = mount_with(spanish(), Route::Check(Check::Safer)).await;
    press("Empezar");
    until("the first question", || exists(".test-root input[name='safer-0']")).await;
    assert!(!exists(".test-root a.masthead__lang[data-asks]"), "with no answer held, the link simply goes");
    click(".test-root input[name='safer-0']");
    until("the link to ask first", || exists(".test-root a.masthead__lang[data-asks]")).await;
    assert!(!exists("#lang-confirm"));
    click(".test-root a.masthead__lang");
    until("the notice", || exists("#lang-confirm")).await;
    until_eq(focused, "lang-confirm").await;
    assert!(text_of("#lang-confirm").starts_with("Sus respuestas en los chequeos se van a borrar"));
    assert_eq!(document().query_selector("#lang-confirm a").unwrap().unwrap().get_attribute("hreflang").unwrap(), "en");
    press("Quedarme y guardar mis respuestas");
    until("the notice to go", || !exists("#lang-confirm")).await;
    assert!(input_el(".test-root input[name='safer-0']").checked(), "the answer is kept");
    // Asked again, then the answers cleared in the check itself: nothing is left to warn about.
    click(".test-root a.masthead__lang");
    until("the notice again", || exists("#lang-confirm")).await;
    press("Borrar mis respuestas");
    until("the notice to go with the answers", || !exists("#lang-confirm")).await;
    assert!(!exists(".test-root a.masthead__lang[data-asks]"));
}
