//! The only corner of the app that touches the browser beyond rendering: the privacy lock-down,
//! the URL, quick exit and console warnings. It is the privacy surface: one file to read.
//! It makes no network request and uses no storage of any kind.

use gloo::events::EventListener;
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;

/// The second Content-Security-Policy, added once the app has mounted: from then on the browser
/// itself refuses every connection, image, font, media, frame, worker or form submission.
pub const LOCKDOWN_POLICY: &str = "connect-src 'none'; img-src data:; font-src 'none'; media-src 'none'; \
     frame-src 'none'; worker-src 'none'; object-src 'none'; manifest-src 'none'; form-action 'none'";

pub fn lock_down_connections() {
    let doc = document();
    let Ok(meta) = doc.create_element("meta") else { return };
    let _ = meta.set_attribute("http-equiv", "Content-Security-Policy");
    let _ = meta.set_attribute("content", LOCKDOWN_POLICY);
    if let Some(head) = doc.head() {
        let _ = head.append_child(&meta);
    }
}

/// Takes over from the static page the build wrote into `root` (`ui::static_page`): every run of
/// chapter text it carries goes to [`crate::content::take_words`], then the page moves into a
/// `<template id="static-page">` (inert, unseen, not read out), leaving `root` empty for the app.
/// Called just before the app mounts, in the same task: nothing is painted in between.
pub fn take_over(root: &web_sys::Element) {
    let doc = document();
    let mut words: Vec<&'static str> = Vec::new();
    if let Ok(runs) = root.query_selector_all("[data-w]") {
        let mut next = 0;
        for i in 0..runs.length() {
            let Some(run) = runs.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            let Some(n) = run.get_attribute("data-w").and_then(|n| crate::content::run_number(&n, next)) else {
                continue;
            };
            next = n + 1;
            if words.len() <= n {
                words.resize(n + 1, "");
            }
            // Kept for the page's life, like text compiled in.
            words[n] = Box::leak(run.inner_html().into_boxed_str());
        }
    }
    crate::content::take_words(words);
    let Ok(template) = doc.create_element("template") else { return };
    template.set_id("static-page");
    let content = template.unchecked_ref::<web_sys::HtmlTemplateElement>().content();
    while let Some(child) = root.first_child() {
        let _ = content.append_child(&child);
    }
    if let Some(body) = doc.body() {
        let _ = body.append_child(&template);
    }
}

/// On a panic, the app gives way to the static page again (kept by [`take_over`]): the text and
/// help lines, the screen the address names, and a notice with a reload link, focused. Nothing
/// about the panic is formatted (that would pull float printing into the wasm).
pub fn show_static_page() {
    let doc = document();
    let (Some(root), Some(template)) = (doc.get_element_by_id("app"), doc.get_element_by_id("static-page")) else {
        return;
    };
    let Ok(page) = template.unchecked_into::<web_sys::HtmlTemplateElement>().content().clone_node_with_deep(true)
    else {
        return;
    };
    root.set_text_content(None);
    let _ = root.append_child(&page);
    // `:target` was settled when the address last changed: going to the same hash again lets the
    // restored page show the screen the reader was on.
    let location = window().location();
    if let Ok(hash) = location.hash() {
        if !hash.is_empty() {
            let _ = location.replace(&hash);
        }
    }
    if let Ok(Some(notice)) = root.query_selector(".static-failed") {
        let _ = notice.remove_attribute("hidden");
        let _ = notice.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

pub fn query_string() -> String {
    window().location().search().unwrap_or_default()
}

/// Inside a frame (a clinic's page) or a page of its own: a frame's `top` is another window.
pub fn place() -> crate::config::Place {
    let w = window();
    match w.top() {
        Ok(Some(top)) if AsRef::<wasm_bindgen::JsValue>::as_ref(&top) != AsRef::<wasm_bindgen::JsValue>::as_ref(&w) => {
            crate::config::Place::Framed
        }
        _ => crate::config::Place::TopLevel,
    }
}

/// Inside a frame, tells the parent page how tall the guide is whenever that changes, so the
/// host's `embed.js` can fit the frame to it: `{ type: "opioid-guide:height", height: n }`, and
/// nothing else is ever posted. In return it takes one kind of message, only from the parent and
/// only a number: how far the frame's top has scrolled above the host's window (in CSS pixels), so
/// that "Leave this page" stays in view in a frame as tall as the chapter. Anything else is
/// ignored. On a page of its own it does nothing.
pub fn talk_to_parent() {
    use wasm_bindgen::closure::Closure;
    let (w, Some(body)) = (window(), document().body()) else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    if place() == crate::config::Place::TopLevel {
        return;
    }
    let observed = body.clone();
    let to_parent = parent.clone();
    let send = Closure::<dyn FnMut()>::new(move || {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"opioid-guide:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &f64::from(body.offset_height()).into());
        let _ = to_parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref()) {
        observer.observe(&observed);
        // Both live as long as the page.
        std::mem::forget(observer);
        send.forget();
    }
    let parent: wasm_bindgen::JsValue = parent.into();
    let on_view = EventListener::new(&w, "message", move |e| {
        let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else { return };
        let from_parent = e.source().is_some_and(|s| AsRef::<wasm_bindgen::JsValue>::as_ref(&s) == &parent);
        let top = e.data().as_f64().filter(|t| (0.0..100_000.0).contains(t));
        if let (true, Some(top)) = (from_parent, top) {
            if let Some(root) = document().document_element().and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = root.style().set_property("--frame-top", &format!("{}px", top as u32));
            }
        }
    });
    on_view.forget();
}

/// The link to this screen in another language's build (`config::lang_href`); rendered natively
/// (the static page, tests) it is relative to the build's own folder.
pub fn lang_href(from: crate::content::Lang, to: crate::content::Lang, hash: &str) -> String {
    let (path, query) = if cfg!(target_arch = "wasm32") {
        let l = window().location();
        (l.pathname().unwrap_or_default(), l.search().unwrap_or_default())
    } else {
        Default::default()
    };
    crate::config::lang_href(&path, &query, from, to, hash)
}

/// `lang` names another language than this build's: the page moves to that language's build,
/// keeping the other settings and the screen, and leaving no entry in the history.
pub fn move_to_lang(lang: crate::content::Lang) {
    let href = lang_href(crate::content::Lang::BUILT, lang, &hash());
    let _ = window().location().replace(&href);
}

pub fn hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The route in the address bar, and the presenter-mode step it names (`#/tolerance/3`); an
/// empty, unknown or hidden route is the page's first screen, and the address bar is corrected to
/// say so without a new history entry.
pub fn route(t: &crate::content::Bundle, settings: &crate::config::Settings) -> (crate::route::Route, Option<usize>) {
    let (route, step) = crate::route::Route::parse_step(&hash(), t, settings);
    let wanted = route.hash_at(t, step);
    if hash() != wanted {
        replace_hash(&wanted);
    }
    (route, step)
}

/// A clinic's accent, through the CSSOM (the page's policy refuses a `style` attribute).
pub fn set_accent(accent: &crate::accent::Accent) {
    if let Some(root) = document().document_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        for (name, value) in accent.properties() {
            let _ = root.style().set_property(name, &value);
        }
    }
}

/// Moves to a hash, adding a history entry (so Back works).
pub fn set_hash(hash: &str) {
    let _ = window().location().set_hash(hash);
}

/// Moves to a hash without a new history entry (for correcting an empty or unknown one).
pub fn replace_hash(hash: &str) {
    let _ = window().location().replace(hash);
}

/// Rewrites the address without a history entry and without a `hashchange` (presenter mode's
/// step: the app already shows it, and an event from an older step could arrive after a newer key).
pub fn rewrite_hash(hash: &str) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

pub fn on_hash_change(callback: impl Fn() + 'static) -> EventListener {
    EventListener::new(&window(), "hashchange", move |_| callback())
}

/// Key presses anywhere on the page: `(key, time in ms)`.
pub fn on_key_down(callback: impl Fn(String, f64) + 'static) -> EventListener {
    EventListener::new(&document(), "keydown", move |e| {
        if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
            callback(e.key(), e.time_stamp());
        }
    })
}

/// Presenter mode's keys, anywhere on the page but where a control uses the key itself (a slider's
/// arrows, a button's Space): `callback(key, shift)` says whether it took the key, which then does
/// nothing else (no scrolling). Page Up and Page Down, what a clicker sends, are always presenter
/// mode's, even on a slider just dragged (whose arrows still move it).
pub fn on_presenter_key(callback: impl Fn(&str, bool) -> bool + 'static) -> EventListener {
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&document(), "keydown", options, move |e| {
        let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        if k.alt_key() || k.ctrl_key() || k.meta_key() {
            return;
        }
        let key = k.key();
        let tag = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|el| el.tag_name());
        let owned = match tag.as_deref() {
            Some("INPUT" | "SELECT" | "TEXTAREA") => !matches!(key.as_str(), "Escape" | "PageUp" | "PageDown"),
            Some("BUTTON" | "SUMMARY" | "A") => key == " " || key == "Enter",
            _ => false,
        };
        if !owned && callback(&key, k.shift_key()) {
            e.prevent_default();
        }
    })
}

/// Full screen for presenter mode, where the page may have it (a frame needs
/// `allow="fullscreen"`); asked for in the click that starts presenting.
pub fn enter_fullscreen() {
    let doc = document();
    if doc.fullscreen_enabled() && doc.fullscreen_element().is_none() {
        if let Some(root) = doc.document_element() {
            let _ = root.request_fullscreen();
        }
    }
}

pub fn exit_fullscreen() {
    if document().fullscreen_element().is_some() {
        document().exit_fullscreen();
    }
}

/// Calls back with whether the page is now full screen, whenever that changes.
pub fn on_fullscreen_change(callback: impl Fn(bool) + 'static) -> EventListener {
    EventListener::new(&document(), "fullscreenchange", move |_| callback(document().fullscreen_element().is_some()))
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Focuses an element by id (it needs `tabindex="-1"` unless it is a control) and scrolls to the top.
pub fn focus(id: &str) {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// First step of quick exit: hide everything at once, before the next page starts to load.
pub fn blank_page() {
    if let Some(body) = document().body() {
        body.set_hidden(true);
    }
    document().set_title("");
}

pub fn page_is_blank() -> bool {
    document().body().is_some_and(|b| b.hidden())
}

/// Second step of quick exit: replace the top window's page (so Back does not return here). In a
/// frame that may not steer the top window, replace the frame's own page instead.
pub fn leave(url: &str) {
    let top_left = window().top().ok().flatten().is_some_and(|top| top.location().replace(url).is_ok());
    if !top_left {
        let _ = window().location().replace(url);
    }
}

/// If the reader comes Back to a blanked page kept in the back-forward cache, show it again, and
/// let `restore` give back what blanking took (the title).
pub fn on_page_show_unblank(restore: impl Fn() + 'static) -> EventListener {
    EventListener::new(&window(), "pageshow", move |_| {
        if let Some(body) = document().body().filter(|b| b.hidden()) {
            body.set_hidden(false);
            restore();
        }
    })
}

/// Fits every `.fit` box inside the element `id` to its one child's height, now and whenever that
/// child's size changes (a ResizeObserver; its notes come after layout and before paint, so no
/// frame shows a box of the wrong height). Once a box has its height the style sheet contains it
/// (`.fit[style]`), which makes it a relayout boundary: a change inside it (a slider's value, a
/// sentence, a readout) lays out that box alone, not the whole chapter around it (issue 14 §4).
/// The child's content box is measured, in its own CSS pixels (so also under presenting's
/// `zoom`), to a 64th of a pixel (Chromium's layout unit); the box carries any padding or border.
pub fn fit(id: &str) {
    use wasm_bindgen::closure::Closure;
    thread_local! {
        static FIT: Option<web_sys::ResizeObserver> = {
            let on = Closure::<dyn FnMut(js_sys::Array)>::new(|seen: js_sys::Array| {
                for e in seen.iter() {
                    let e: web_sys::ResizeObserverEntry = e.unchecked_into();
                    let Some(Ok(outer)) = e.target().parent_element().map(|o| o.dyn_into::<web_sys::HtmlElement>()) else { continue };
                    let h = (e.content_rect().height() * 64.0).ceil() as u32;
                    let _ = outer.style().set_property("height", &format!("calc({h}px / 64)"));
                }
            });
            let observer = web_sys::ResizeObserver::new(on.as_ref().unchecked_ref()).ok();
            // Lives as long as the page.
            on.forget();
            observer
        };
    }
    let Some(Ok(inner)) = document().get_element_by_id(id).map(|root| root.query_selector_all(".fit > *")) else {
        return;
    };
    FIT.with(|observer| {
        let Some(observer) = observer else { return };
        for i in 0..inner.length() {
            if let Some(node) = inner.get(i) {
                observer.observe(node.unchecked_ref());
            }
        }
    });
}

/// The time now, in milliseconds (for how long the controls have been still).
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Runs `f` once after `ms` milliseconds unless the returned handle is dropped first.
pub fn after(ms: u32, f: impl FnOnce() + 'static) -> gloo::timers::callback::Timeout {
    gloo::timers::callback::Timeout::new(ms, f)
}

/// Opens the browser's print dialog (which also offers "Save as PDF"); the print stylesheet shows
/// only a check's summary. Nothing leaves the device.
pub fn print() {
    let _ = window().print();
}

const WIDE: &str = "(min-width: 48rem)";

/// Whether the screen is wide enough for a check to show a group of questions at once.
pub fn is_wide() -> bool {
    // Rendering on a server (the native tests) has no window: narrow, one question per screen.
    cfg!(target_arch = "wasm32") && window().match_media(WIDE).ok().flatten().is_some_and(|m| m.matches())
}

/// Calls back with [`is_wide`] whenever it changes (a phone turned, a window resized).
pub fn on_wide_change(callback: impl Fn(bool) + 'static) -> Option<EventListener> {
    let list = window().match_media(WIDE).ok().flatten()?;
    Some(EventListener::new(&list, "change", move |_| callback(is_wide())))
}
