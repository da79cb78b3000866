//! Navigation: plain functions rather than components (each component type carries its own copy
//! of yew's lifecycle code, and these have no state of their own).

use yew::prelude::*;

use super::view::View;
use crate::assessment::report;
use crate::content::Bundle;
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
