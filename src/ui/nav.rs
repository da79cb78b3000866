//! Navigation: plain functions rather than components (each component type carries its own copy
//! of yew's lifecycle code, and these have no state of their own).

use yew::prelude::*;

use super::view::View;
use crate::assessment::flow::CHECKS;
use crate::assessment::report;
use crate::route::Route;

/// Every chapter, in order, the current one marked for sight and for screen readers.
pub fn chapter_list(v: View, route: Route) -> Html {
    let t = v.t;
    html! {
        <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading" class="toc__heading">{ tr!(t, "nav.label") }</h2>
            <ol class="toc__list">
                { for t.chapters.iter().enumerate().map(|(i, c)| {
                    let current = route == Route::Chapter(i);
                    html! {
                        <li class="toc__item">
                            <a href={Route::Chapter(i).hash(t)}
                               aria-current={current.then_some("page")}>{ c.title }</a>
                        </li>
                    }
                }) }
            </ol>
            <h2 id="toc-checks" class="toc__heading">{ tr!(t, "check.nav") }</h2>
            <ul class="toc__list" aria-labelledby="toc-checks">
                { for CHECKS.into_iter().map(|c| html! {
                    <li class="toc__item">
                        <a href={Route::Check(c).hash(t)}
                           aria-current={(route == Route::Check(c)).then_some("page")}>{ report::title(t, c) }</a>
                    </li>
                }) }
            </ul>
        </nav>
    }
}

/// "Chapter 2 of 9".
pub fn progress(v: View, route: Route) -> Html {
    let t = v.t;
    route.progress(t).map(|text| html! { <p class="progress">{ text }</p> }).unwrap_or_default()
}

/// Previous and next chapter, as plain links (so they work by keyboard, and Back undoes them).
pub fn prev_next(v: View, route: Route) -> Html {
    let t = v.t;
    let Route::Chapter(i) = route else {
        return html! {
            <nav class="prevnext" aria-label={tr!(t, "nav.label")}>
                <a class="prevnext__link" href={Route::Chapter(0).hash(t)}>{ tr!(t, "nav.back_to_guide") }</a>
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
                { route.progress(t) }
            </p>
            { (i > 0).then(|| link(i - 1, "prev", tr!(t, "nav.previous"))) }
            { (i + 1 < t.chapters.len()).then(|| link(i + 1, "next", tr!(t, "nav.next"))) }
        </nav>
    }
}
