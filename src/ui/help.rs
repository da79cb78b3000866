use yew::prelude::*;

use super::view::View;
use crate::help_lines::bar;

/// "Get help now": the same place on every screen, every number a `tel:` or `sms:` link. On a
/// phone the links sit in rows and the notes wait behind "What these numbers are" (styles), so
/// the chapter's title still shows on the first screen.
pub fn help_now(v: View) -> Html {
    let t = v.t;
    let lines = bar(t, &v.settings.clinic);
    html! {
        <aside class="help" aria-labelledby="help-heading">
            <h2 id="help-heading" class="help__heading">{ tr!(t, "help.heading") }</h2>
            <ul class="help__list">
                { for lines.iter().map(|l| html! {
                    <li class="help__item" data-clinic={l.clinic.then_some("")} data-emergency={l.emergency.then_some("")}>
                        <span class="help__links">
                            { for l.links.iter().map(|(href, label)| html! { <a class="help__link" href={href.clone()}>{ label.clone() }</a> }) }
                        </span>
                        <span class="help__note">{ l.note.clone() }</span>
                    </li>
                }) }
            </ul>
            <details class="help__about">
                <summary>{ tr!(t, "help.about") }</summary>
                <ul>{ for lines.iter().map(|l| html! { <li><strong>{ l.labels() }</strong>{ ": " }{ l.note.clone() }</li> }) }</ul>
            </details>
        </aside>
    }
}
