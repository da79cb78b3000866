//! Presenter mode, for a class: a chapter one step at a time in big type, moved on by the keys a
//! presentation clicker sends. Every step stays rendered and the others are hidden, so a
//! simulation keeps its state. The address follows the step (`#/tolerance/3`) without adding
//! history; Escape, or leaving full screen, ends it.

use yew::prelude::*;

use super::view::View;
use crate::content::{fill, fixed, Bundle};
use crate::platform;
use crate::route::Route;

/// Where a key moves presenter mode from `step` of `total`: `Some(Some(n))` to step `n`,
/// `Some(None)` out of presenter mode, `None` if the key is not presenter mode's.
/// Clickers send Page Down/Up or the arrows; Space goes on and Shift+Space back, as in slides.
pub fn on_key(key: &str, shift: bool, step: usize, total: usize) -> Option<Option<usize>> {
    let last = total.saturating_sub(1);
    Some(Some(match key {
        "ArrowRight" | "ArrowDown" | "PageDown" => (step + 1).min(last),
        " " if !shift => (step + 1).min(last),
        "ArrowLeft" | "ArrowUp" | "PageUp" | " " => step.saturating_sub(1),
        "Home" => 0,
        "End" => last,
        "Escape" => return Some(None),
        _ => return None,
    }))
}

/// While presenting: the keys, leaving with full screen, the address kept in step, and focus on
/// each new step (its heading on the first; the step itself after, so it is read out).
#[hook]
/// `key` sends a presenter key with the chapter's step count; the app's reducer moves from the
/// step it holds then (two quick clicks move two steps, even before the page has caught up).
pub fn use_presenter(
    t: &'static Bundle,
    route: Route,
    step: Option<usize>,
    go: Callback<Option<usize>>,
    key: Callback<(String, bool, usize)>,
) {
    let entered = use_mut_ref(|| false);
    let full = use_mut_ref(|| false);
    use_effect_with((route, step), move |&(route, step)| {
        let hash = route.hash_at(t, step);
        if platform::hash() != hash {
            platform::rewrite_hash(&hash);
        }
        let was = std::mem::replace(&mut *entered.borrow_mut(), step.is_some());
        let Some(n) = step else {
            if was {
                platform::exit_fullscreen();
                platform::focus("chapter-title");
            }
            return Box::new(|| ()) as Box<dyn FnOnce()>;
        };
        platform::focus(&if n == 0 { "chapter-title".to_string() } else { format!("step-{n}") });
        let total = route.chapter(t).steps();
        let keys = platform::on_presenter_key(move |k, shift| {
            // Whether the key is presenter mode's does not depend on the step.
            let ours = on_key(k, shift, 0, total).is_some();
            if ours {
                key.emit((k.to_string(), shift, total));
            }
            ours
        });
        let full = full.clone();
        let screen = platform::on_fullscreen_change(move |now| {
            // Leaving full screen (Escape does that first) leaves presenter mode too.
            if std::mem::replace(&mut *full.borrow_mut(), now) && !now {
                go.emit(None);
            }
        });
        Box::new(move || drop((keys, screen)))
    });
}

/// "Present": into presenter mode at the first step, full screen where the page may.
pub fn present_button(v: View, go: &Callback<Option<usize>>) -> Html {
    let go = go.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        platform::enter_fullscreen();
        go.emit(Some(0));
    });
    html! {
        <button type="button" class="button present" {onclick}>{ tr!(v.t, "present.start") }</button>
    }
}

/// The bar at the foot of each step: back, "Step 3 of 7", on, and out.
pub fn presenter_bar(v: View, route: Route, step: usize, go: &Callback<Option<usize>>) -> Html {
    let t = v.t;
    let total = route.chapter(t).steps();
    let to = |n: Option<usize>| go.reform(move |_: MouseEvent| n);
    let (n, of) = (fixed((step + 1) as f64, 0), fixed(total as f64, 0));
    html! {
        <nav class="presenter" aria-label={tr!(t, "present.label")}>
            <button type="button" class="button" onclick={to(Some(step.saturating_sub(1)))}
                aria-disabled={(step == 0).then_some("true")}>{ tr!(t, "present.previous") }</button>
            <p class="presenter__count">{ fill(tr!(t, "present.count"), &[("n", &n), ("total", &of)]) }</p>
            <button type="button" class="button button--primary" onclick={to(Some((step + 1).min(total - 1)))}
                aria-disabled={(step + 1 == total).then_some("true")}>{ tr!(t, "present.next") }</button>
            <button type="button" class="button button--quiet" onclick={to(None)}>{ tr!(t, "present.leave") }</button>
        </nav>
    }
}
