//! Navigation: plain functions rather than components (each component type carries its own copy
//! of yew's lifecycle code, and these have no state of their own).

use yew::prelude::*;

use super::view::View;
use crate::assessment::report;
use crate::content::{fill, Bundle, Lang};
use crate::platform;
use crate::route::Route;

/// The chapters and self-checks shown, in the page's order, the current one marked for sight and
/// for screen readers. The navigation is labelled by its first heading.
pub fn chapter_list(v: View, route: Route) -> Html {
    let (t, s) = (v.t, v.settings);
    let link = |to: Route, title: &'static str| {
        html! {
            <li class="toc__item">
                <a href={to.hash(t)} aria-current={(route == to).then_some("page")}>{ title }</a>
            </li>
        }
    };
    html! {
        <nav class="toc" aria-labelledby={if s.chapters.is_empty() { "toc-checks" } else { "toc-heading" }}>
            if !s.chapters.is_empty() {
                <h2 id="toc-heading" class="toc__heading">{ tr!(t, "nav.label") }</h2>
                <ol class="toc__list">
                    { for s.chapters.iter().map(|&i| link(Route::Chapter(i), t.chapters[i].title)) }
                </ol>
            }
            if !s.checks.is_empty() {
                <h2 id="toc-checks" class="toc__heading">{ tr!(t, "check.nav") }</h2>
                <ul class="toc__list" aria-labelledby="toc-checks">
                    { for s.checks.iter().map(|&c| link(Route::Check(c), report::title(t, c))) }
                </ul>
            }
        </nav>
    }
}

/// "Chapter 2 of 9".
pub fn progress(v: View, route: Route) -> Html {
    let t = v.t;
    route.progress(t, v.settings).map(|text| html! { <p class="progress">{ text }</p> }).unwrap_or_default()
}

/// Previous and next chapter among those shown, as plain links (so they work by keyboard, and
/// Back undoes them); elsewhere a way back to the guide, if the page shows chapters.
pub fn prev_next(v: View, route: Route) -> Html {
    let (t, shown) = (v.t, &v.settings.chapters);
    let Some(at) = shown.iter().position(|&c| Route::Chapter(c) == route) else {
        let Some(&first) = shown.first() else { return Html::default() };
        return html! {
            <nav class="prevnext" aria-label={tr!(t, "nav.label")}>
                <a class="prevnext__link" href={Route::Chapter(first).hash(t)}>{ tr!(t, "nav.back_to_guide") }</a>
            </nav>
        };
    };
    let link = |j: usize, rel: &'static str, dir: &'static str| {
        html! {
            <a class="prevnext__link" href={Route::Chapter(j).hash(t)} {rel}>
                <span class="prevnext__dir">{ dir }<span class="visually-hidden">{ ": " }</span></span>
                <span class="prevnext__title">{ t.chapters[j].title }</span>
            </a>
        }
    };
    html! {
        <nav class="prevnext" aria-labelledby="prevnext-progress">
            <p id="prevnext-progress" class="visually-hidden">
                { route.progress(t, v.settings) }
            </p>
            { at.checked_sub(1).map(|j| link(shown[j], "prev", tr!(t, "nav.previous"))) }
            { shown.get(at + 1).map(|&j| link(j, "next", tr!(t, "nav.next"))) }
        </nav>
    }
}

/// The footer's links: how the guide keeps answers private, and the page for teachers.
pub fn footer_links(t: &'static Bundle) -> Html {
    html! {
        <p class="footer__links">
            <a href={Route::Page("privacy").hash(t)}>{ tr!(t, "footer.privacy") }</a>
            <a href={Route::Page("teachers").hash(t)}>{ tr!(t, "footer.teachers") }</a>
        </p>
    }
}

/// Links to this screen in the guide's other languages (each its own build), each named in its
/// own language. Leaving clears the self-checks' answers (the other language is another page), so
/// with `ask` given (the app, while answers are held) a click asks first: see [`lang_confirm`].
pub fn lang_links(v: View, hash: &str, ask: Option<&Callback<Lang>>) -> Html {
    let from = v.settings.lang;
    // `data-asks`: this link asks first (what the tests wait for once an answer is held).
    let asks = ask.is_some().then_some("");
    let link = |to: Lang| {
        let onclick = ask.cloned().map(|ask| {
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                ask.emit(to);
            })
        });
        html! {
            <a class="masthead__lang" href={platform::lang_href(from, to, hash)} hreflang={to.code()} lang={to.code()} data-asks={asks} {onclick}>{ to.name() }</a>
        }
    };
    Lang::ALL.iter().filter(|&&l| l != from).map(|&to| link(to)).collect()
}

/// Said before moving to another language while the self-checks hold answers: the link goes on
/// (after `clear`, so a page the back-forward cache keeps holds none), or the reader stays.
pub fn lang_confirm(v: View, to: Lang, hash: &str, clear: &Callback<()>, stay: &Callback<()>) -> Html {
    let t = v.t;
    let clear = clear.reform(|_: MouseEvent| ());
    let stay = stay.reform(|_: MouseEvent| ());
    html! {
        <div class="lang-confirm" id="lang-confirm" role="alert" tabindex="-1">
            <p>{ tr!(t, "lang.clears") }</p>
            <p class="check__actions">
                <a class="button button--primary" href={platform::lang_href(v.settings.lang, to, hash)} hreflang={to.code()} onclick={clear}>
                    { fill(tr!(t, "lang.switch"), &[("name", to.name())]) }
                </a>
                <button type="button" class="button" onclick={stay}>{ tr!(t, "lang.stay") }</button>
            </p>
        </div>
    }
}
