use yew::prelude::*;

use crate::content::{Chapter, Segment, Sim};

/// A chapter or page: title, lead, text with numbered citations, then "How we know".
/// `before_title` is shown above the title ("Chapter 2 of 9"); empty for pages.
/// The body is HTML written at build time from our own checked content (see `Segment`).
/// A simulation reads the layout from the app's context (it may lay its picture out for it).
/// `sim` places a simulation (the static page passes a placeholder); `quiz` (the knowledge check)
/// goes after the body, before "How we know".
/// `step` is presenter mode's step: the title is step 0, each run of the body one more; every
/// step is rendered and the others hidden, so a simulation keeps its state.
pub fn chapter_view(
    c: &'static Chapter,
    before_title: Html,
    sim: impl Fn(Sim) -> Html,
    quiz: Html,
    step: Option<usize>,
) -> Html {
    let hidden = |n: usize| step.is_some_and(|s| s != n);
    // Presenter mode moves focus to each step after the first, so it is read out.
    let focusable = step.map(|_| "-1");
    let run = |i: usize, segment: &Segment| match segment {
        // The wrapper hands the run over from the static page, and is presenter mode's step.
        Segment::Html(w) | Segment::Sources(w) => html! {
            <div data-w={w.index.to_string()} id={step.map(|_| format!("step-{}", i + 1))} tabindex={focusable}
                hidden={step.is_some() && (matches!(segment, Segment::Sources(_)) || hidden(i + 1))}>
                { Html::from_html_unchecked(AttrValue::Static(w.html())) }
            </div>
        },
        Segment::Sim(which) => html! {
            <div id={step.map(|_| format!("step-{}", i + 1))} tabindex={focusable} hidden={hidden(i + 1)}>{ sim(*which) }</div>
        },
    };
    // "How we know" comes last, after the knowledge check.
    let (body, sources) = match c.html.split_last() {
        Some((last @ Segment::Sources(_), body)) => (body, Some(last)),
        _ => (c.html, None),
    };
    html! {
        <article class="chapter" aria-labelledby="chapter-title">
            <header class="chapter__header" hidden={hidden(0)}>
                { before_title }
                <h1 id="chapter-title" tabindex="-1">{ c.title }</h1>
                <p class="chapter__summary" data-w={c.summary.index.to_string()}>
                    { Html::from_html_unchecked(AttrValue::Static(c.summary.html())) }
                </p>
            </header>
            { for body.iter().enumerate().map(|(i, segment)| run(i, segment)) }
            { quiz }
            { for sources.map(|s| run(body.len(), s)) }
        </article>
    }
}
