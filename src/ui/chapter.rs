use yew::prelude::*;

use crate::content::{Chapter, Segment, Sim};

/// A chapter or page: title, lead, text with numbered citations, then "How we know".
/// `before_title` is shown above the title ("Chapter 2 of 9"); empty for pages.
/// The body is HTML written at build time from our own checked content (see `Segment`).
/// A simulation reads the layout from the app's context (it may lay its picture out for it).
/// `sim` places a simulation (the static page passes a placeholder).
pub fn chapter_view(c: &'static Chapter, before_title: Html, sim: impl Fn(Sim) -> Html) -> Html {
    html! {
        <article class="chapter" aria-labelledby="chapter-title">
            <header class="chapter__header">
                { before_title }
                <h1 id="chapter-title" tabindex="-1">{ c.title }</h1>
                <p class="chapter__summary" data-w={c.summary.index.to_string()}>
                    { Html::from_html_unchecked(AttrValue::Static(c.summary.html())) }
                </p>
            </header>
            { for c.html.iter().map(|segment| match segment {
                Segment::Html(w) => html! {
                    // `display: contents`: only the static page needs the wrapper (to hand the run over).
                    <div data-w={w.index.to_string()}>
                        { Html::from_html_unchecked(AttrValue::Static(w.html())) }
                    </div>
                },
                Segment::Sim(which) => sim(*which),
            }) }
        </article>
    }
}
