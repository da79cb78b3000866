//! A self-check: intro, questions, result. A plain function over the app's state (the replies
//! live in `AppState`, in memory only); every control sends an [`Action`]. The words come from
//! `assessment::report`, so what is shown is what the native tests check.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::view::View;
use crate::assessment::flow::{Action, Check, Checks, Reply, Screen};
use crate::assessment::report::{self, always, data_url, ends, hint, question, reply_text, summary_text};
use crate::content::{fill, Bundle};
use crate::help_lines;
use crate::platform;
use crate::route::Route;

/// The layout says whether the questions of a group share a screen (see `Check::page`).
pub fn check_view(v: View, c: Check, checks: &Checks, send: &Callback<Action>) -> Html {
    let (t, layout) = (v.t, v.layout);
    let on = |action: Action| send.reform(move |_: MouseEvent| action.clone());
    let screen = checks.screen(c);
    let body = match screen {
        Screen::Intro => html! {
            <>
                <ul class="check__facts">
                    <li>{ report::intro_count(t, c) }</li>
                    <li>{ tr!(t, "check.intro_not") }</li>
                    <li>{ tr!(t, "check.intro_private") }</li>
                    <li>{ tr!(t, "check.intro_skip") }</li>
                </ul>
                <p><button type="button" class="button button--primary" onclick={on(Action::Start(c))}>{ tr!(t, "check.start") }</button></p>
            </>
        },
        Screen::Question(q) => {
            let (start, end) = c.page(q, layout);
            let (n, total) = c.progress(q, layout);
            let step = if layout.is_wide() { tr!(t, "check.part") } else { tr!(t, "check.question") };
            let last = end >= c.questions();
            html! {
                <>
                    <h2 id="check-step" class="progress" tabindex="-1">{ fill(step, &[("n", &n.to_string()), ("total", &total.to_string())]) }</h2>
                    <p class="check__lead">{ report::lead(t, c) }</p>
                    { for (start..end).map(|q| question_view(t, c, q, checks, send)) }
                    <p class="check__actions">
                        <button type="button" class="button" onclick={on(Action::Back(c, layout))}>{ tr!(t, "check.back") }</button>
                        <button type="button" class="button button--primary" onclick={on(Action::Next(c, layout))}>
                            { if last { tr!(t, "check.finish") } else { tr!(t, "check.next") } }
                        </button>
                        <button type="button" class="button button--quiet" onclick={on(Action::Skip(c, layout))}>
                            { if end - start > 1 { tr!(t, "check.skip_many") } else { tr!(t, "check.skip_one") } }
                        </button>
                    </p>
                </>
            }
        }
        Screen::Result => {
            let r = report::report(t, c, checks);
            let print = Callback::from(|_: MouseEvent| platform::print());
            html! {
                <>
                    <section class="summary" aria-labelledby="check-step">
                        <p class="summary__kicker">{ tr!(t, "check.result") }</p>
                        <h2 id="check-step" tabindex="-1">{ r.headline }</h2>
                        { for r.lines.into_iter().map(|l| html! { <p>{ l }</p> }) }
                        { list(tr!(t, "check.next_steps"), r.steps) }
                        if let Some((href, words)) = r.link.filter(|(href, _)| v.settings.shows_link(href)) {
                            <p class="summary__link"><a {href} rel={href.starts_with("https:").then_some("noreferrer")} target={href.starts_with("https:").then_some("_blank")}>{ words }</a></p>
                        }
                        { for always(t).into_iter().map(|l| html! { <p class="summary__always">{ l }</p> }) }
                        <h3>{ tr!(t, "check.help") }</h3>
                        <ul class="summary__help">
                            { for help_lines::results(t, &v.settings.clinic).into_iter().map(|(href, line)| {
                                let web = href.starts_with("https:");
                                html! {
                                    <li><a {href} rel={web.then_some("noreferrer")} target={web.then_some("_blank")}>{ line }</a></li>
                                }
                            }) }
                        </ul>
                        <h3>{ tr!(t, "check.your_answers") }</h3>
                        <dl class="summary__answers">
                            { for (0..c.questions()).map(|q| html! {
                                <><dt>{ question(t, c, q) }</dt><dd>{ reply_text(t, checks.reply(c, q)) }</dd></>
                            }) }
                        </dl>
                        <p class="summary__small">{ tr!(t, "title") }{ ". " }{ tr!(t, "check.intro_not") }</p>
                    </section>
                    <nav class="check__related" aria-labelledby="check-related">
                        <h3 id="check-related">{ tr!(t, "check.related") }</h3>
                        <ul>
                            { for report::related(c).iter().filter_map(|slug| t.chapter(slug)).filter(|&(i, _)| v.settings.shows(Route::Chapter(i))).map(|(i, ch)| html! {
                                <li><a href={Route::Chapter(i).hash(t)}>{ ch.title }</a></li>
                            }) }
                        </ul>
                    </nav>
                    <section class="check__keep" aria-labelledby="check-keep">
                        <h3 id="check-keep">{ tr!(t, "check.keep") }</h3>
                        <p>{ tr!(t, "check.keep_note") }</p>
                        <p class="check__actions">
                            <button type="button" class="button" onclick={print}>{ tr!(t, "check.print") }</button>
                            <a class="button" href={data_url(&summary_text(t, c, checks, &v.settings.clinic))} download={tr!(t, "check.file_name")}>{ tr!(t, "check.download") }</a>
                        </p>
                    </section>
                    <p class="check__actions">
                        <button type="button" class="button" onclick={on(Action::Back(c, layout))}>{ tr!(t, "check.change") }</button>
                    </p>
                </>
            }
        }
    };
    html! {
        <article class="chapter check" aria-labelledby="chapter-title" data-screen={match screen {
            Screen::Intro => "intro",
            Screen::Question(_) => "question",
            Screen::Result => "result",
        }}>
            <header class="chapter__header">
                <h1 id="chapter-title" tabindex="-1">{ report::title(t, c) }</h1>
            </header>
            { body }
            <p class="check__notice" role="status">{ if checks.cleared { tr!(t, "check.cleared") } else { "" } }</p>
            <p class="check__clear">
                <button type="button" class="button button--quiet" onclick={on(Action::Clear)}>{ tr!(t, "check.clear") }</button>
            </p>
        </article>
    }
}

fn list(heading: &'static str, items: Vec<&'static str>) -> Html {
    html! {
        <>
            <h3>{ heading }</h3>
            <ul>{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul>
        </>
    }
}

/// One question: a fieldset whose legend is the question, with native radio buttons for yes and
/// no, or a 0–10 range for a ruler. Choosing never moves on by itself.
fn question_view(t: &'static Bundle, c: Check, q: usize, checks: &Checks, send: &Callback<Action>) -> Html {
    let id = format!("{}-{q}", c.slug());
    let legend = format!("{id}-q");
    let note = hint(t, c, q, checks);
    let described = note.map(|_| format!("{id}-hint"));
    let reply = checks.reply(c, q);
    let control = if c.rulers() {
        let (low, high) = ends(t, q);
        let value = match reply {
            Reply::Scale(v) => Some(v),
            _ => None,
        };
        let oninput = send.reform(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value_as_number();
            Action::Reply(c, q, Reply::Scale(if v.is_finite() { v.clamp(0.0, 10.0) as u8 } else { 0 }))
        });
        let (shown, valuetext) = match value {
            Some(v) => (fill(tr!(t, "check.chosen"), &[("n", &v.to_string())]), reply_text(t, reply)),
            None => (tr!(t, "check.not_chosen").to_string(), tr!(t, "check.not_chosen").to_string()),
        };
        let ends_id = format!("{id}-ends");
        html! {
            <>
                <input type="range" id={id.clone()} min="0" max="10" step="1" value={value.unwrap_or(5).to_string()}
                       aria-labelledby={legend.clone()} aria-describedby={ends_id.clone()} aria-valuetext={valuetext}
                       data-unset={value.is_none().then_some("")} {oninput} />
                <span class="ruler__ends" id={ends_id}><span>{ low }</span><span>{ high }</span></span>
                <span class="field__value">{ shown }</span>
            </>
        }
    } else {
        let option = |r: Reply, label: &'static str| {
            let input_id = format!("{id}-{}", if r == Reply::Yes { "yes" } else { "no" });
            html! {
                <label class="check__option" for={input_id.clone()}>
                    <input type="radio" id={input_id} name={id.clone()} checked={reply == r} aria-describedby={described.clone()}
                           onchange={send.reform(move |_: Event| Action::Reply(c, q, r))} />
                    { label }
                </label>
            }
        };
        html! {
            <span class="check__options">
                { option(Reply::Yes, tr!(t, "check.yes")) }
                { option(Reply::No, tr!(t, "check.no")) }
            </span>
        }
    };
    html! {
        <fieldset class="field check__q">
            <legend id={legend}>{ question(t, c, q) }</legend>
            if let Some(note) = note {
                <p class="check__hint" id={format!("{id}-hint")}>{ note }</p>
            }
            { control }
        </fieldset>
    }
}
