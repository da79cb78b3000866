use yew::prelude::*;

use super::use_text;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub route: Route,
}

/// Every chapter, in order, the current one marked for sight and for screen readers.
#[component]
pub fn ChapterList(props: &NavProps) -> Html {
    let t = use_text();
    html! {
        <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading" class="toc__heading">{ t.tr("nav.label") }</h2>
            <ol class="toc__list">
                { for t.chapters.iter().enumerate().map(|(i, c)| {
                    let current = props.route == Route::Chapter(i);
                    html! {
                        <li class={classes!("toc__item", current.then_some("toc__item--current"))}>
                            <a href={Route::Chapter(i).hash(t)}
                               aria-current={current.then_some("page")}>{ c.title }</a>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}

/// "Chapter 2 of 9".
#[component]
pub fn Progress(props: &NavProps) -> Html {
    let t = use_text();
    props.route.progress(t).map(|text| html! { <p class="progress">{ text }</p> }).unwrap_or_default()
}

/// Previous and next chapter, as plain links (so they work by keyboard, and Back undoes them).
#[component]
pub fn PrevNext(props: &NavProps) -> Html {
    let t = use_text();
    let Route::Chapter(i) = props.route else {
        return html! {
            <nav class="prevnext" aria-label={t.tr("nav.label")}>
                <a class="prevnext__link" href={Route::Chapter(0).hash(t)}>{ t.tr("nav.back_to_guide") }</a>
            </nav>
        };
    };
    let link = |j: usize, rel: &'static str, dir: &'static str, class: &'static str| {
        html! {
            <a class={classes!("prevnext__link", class)} href={Route::Chapter(j).hash(t)} {rel}>
                <span class="prevnext__dir">{ dir }<span class="visually-hidden">{ ": " }</span></span>
                <span class="prevnext__title">{ t.chapters[j].title }</span>
            </a>
        }
    };
    html! {
        <nav class="prevnext" aria-labelledby="prevnext-progress">
            <p id="prevnext-progress" class="visually-hidden">
                { props.route.progress(t) }
            </p>
            { (i > 0).then(|| link(i - 1, "prev", t.tr("nav.previous"), "prevnext__link--prev")) }
            { (i + 1 < t.chapters.len()).then(|| link(i + 1, "next", t.tr("nav.next"), "prevnext__link--next")) }
        </nav>
    }
}
