//! The knowledge check at a chapter's end: each question a fieldset whose legend is the question,
//! native radio buttons, and "Check my answer"; the verdict and the explanations appear in the
//! question's live region, so a screen reader reads them out. Choosing never checks by itself
//! (arrow keys move through radios). In presenter mode each question is a step of its own.

use yew::prelude::*;

use super::view::View;
use crate::content::{fill, Chapter, Words};
use crate::quiz::{Action, Quiz, Shown};

fn raw(w: Words) -> Html {
    Html::from_html_unchecked(AttrValue::Static(w.html()))
}

/// `step` is presenter mode's step (the questions follow the body's steps: `Chapter::quiz_step`).
/// Without a `send` (the static page) each question is text, its options and their explanations
/// behind "Show the answers": a reader without JavaScript can quiz themselves, and each run of
/// text is where the app takes it from (`content::Words`).
pub fn quiz_view(
    v: View,
    c: &'static Chapter,
    quiz: &Quiz,
    send: Option<&Callback<Action>>,
    step: Option<usize>,
) -> Html {
    let t = v.t;
    if c.quiz.is_empty() {
        return Html::default();
    }
    let (first, total) = (c.quiz_step(), c.quiz.len());
    let score = quiz.score(c.quiz);
    html! {
        <section class="quiz" aria-labelledby="quiz-title" hidden={step.is_some_and(|s| s < first)}>
            <h2 id="quiz-title">{ tr!(t, "quiz.title") }</h2>
            if let Some(send) = send {
                <p class="quiz__intro">{ tr!(t, "quiz.intro") }</p>
                { for c.quiz.iter().enumerate().map(|(q, question)| {
                    let a = quiz.answer(q);
                    let on = |action: Action| send.reform(move |_: MouseEvent| action);
                    let name = format!("quiz-{q}");
                    let right = quiz.verdict(c.quiz, q);
                    html! {
                        <fieldset class="field check__q quiz__q" id={step.map(|_| format!("step-{}", first + q))} tabindex={step.map(|_| "-1")}
                            hidden={step.is_some_and(|s| s != first + q)}>
                            <legend>
                                <span class="quiz__n">{ fill(tr!(t, "quiz.question"), &[("n", &(q + 1).to_string()), ("total", &total.to_string())]) }</span>
                                { " " }{ raw(question.ask) }
                            </legend>
                            <span class="quiz__options">
                                { for question.options.iter().enumerate().map(|(o, text)| html! {
                                    <label class="check__option">
                                        <input type="radio" name={name.clone()} checked={a.chosen == Some(o)}
                                            onchange={send.reform(move |_: Event| Action::Choose(q, o))} />
                                        { raw(*text) }
                                    </label>
                                }) }
                            </span>
                            <p><button type="button" class="button" onclick={on(Action::Check(q))}>{ tr!(t, "quiz.check") }</button></p>
                            <div class="quiz__why" role="status" data-right={right.map(|r| r.to_string())}>
                                if a.shown == Shown::ChooseFirst {
                                    <p>{ tr!(t, "quiz.choose_first") }</p>
                                }
                                if let (Some(right), Some(chosen)) = (right, a.chosen) {
                                    <p><strong>{ if right { tr!(t, "quiz.right") } else { tr!(t, "quiz.wrong") } }</strong>{ " " }{ raw(question.why[chosen]) }</p>
                                    if !right {
                                        <p><strong>{ tr!(t, "quiz.answer") }</strong>{ " " }{ raw(question.options[question.right]) }</p>
                                        if question.why[question.right] != question.why[chosen] {
                                            <p>{ raw(question.why[question.right]) }</p>
                                        }
                                    }
                                }
                            </div>
                        </fieldset>
                    }
                }) }
                <p class="quiz__score" role="status">
                    if let Some(n) = score {
                        { fill(tr!(t, "quiz.score"), &[("right", &n.to_string()), ("total", &total.to_string())]) }
                    }
                </p>
                if score.is_some() {
                    <p><button type="button" class="button button--quiet" onclick={send.reform(|_: MouseEvent| Action::Again)}>{ tr!(t, "quiz.again") }</button></p>
                }
            } else {
                { static_quiz(t, c) }
            }
        </section>
    }
}

/// The check in the static page: each question in a list, its options and their explanations
/// behind "Show the answers", the right one named. Only the build writes it (not in the wasm).
#[cfg(not(target_arch = "wasm32"))]
fn static_quiz(t: &'static crate::content::Bundle, c: &'static Chapter) -> Html {
    html! {
        <ol class="quiz__list">
            { for c.quiz.iter().map(|question| html! {
                <li>
                    <p data-w={question.ask.index.to_string()}>{ raw(question.ask) }</p>
                    <details>
                        <summary>{ tr!(t, "static.quiz_answers") }</summary>
                        <ul>
                            { for question.options.iter().zip(question.why).enumerate().map(|(o, (text, why))| html! {
                                <li>
                                    if o == question.right {
                                        <strong>{ tr!(t, "static.quiz_right") }</strong>{ " " }
                                    }
                                    <span data-w={text.index.to_string()}>{ raw(*text) }</span>
                                    // A claim's two options share one explanation: written once.
                                    if o == 0 || question.why[o - 1] != *why {
                                        { " " }<span data-w={why.index.to_string()}>{ raw(*why) }</span>
                                    }
                                </li>
                            }) }
                        </ul>
                    </details>
                </li>
            }) }
        </ol>
    }
}

#[cfg(target_arch = "wasm32")]
fn static_quiz(_: &'static crate::content::Bundle, _: &'static Chapter) -> Html {
    Html::default()
}
