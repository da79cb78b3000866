use yew::prelude::*;

use super::view::View;
use crate::help_lines::{clinic_line, HELP_LINES};

/// "Get help now": the same place on every screen, every number a `tel:` or `sms:` link. On a
/// phone the links sit in rows and the notes wait behind "What these numbers are" (styles), so
/// the chapter's title still shows on the first screen.
pub fn help_now(v: View) -> Html {
    let t = v.t;
    let clinic = clinic_line(t, &v.settings.clinic);
    let about: Vec<(String, String)> = clinic
        .iter()
        .map(|l| (l.links.iter().map(|(_, label)| label.as_str()).collect::<Vec<_>>().join(" · "), l.note.clone()))
        .chain(HELP_LINES.iter().filter(|l| !l.bar.is_empty()).map(|l| {
            (
                l.bar.iter().map(|&(_, label)| t.ui_at(label)).collect::<Vec<_>>().join(" · "),
                t.ui_at(l.note).to_string(),
            )
        }))
        .collect();
    html! {
        <aside class="help" aria-labelledby="help-heading">
            <h2 id="help-heading" class="help__heading">{ tr!(t, "help.heading") }</h2>
            <ul class="help__list">
                if let Some(line) = clinic {
                    <li class="help__item" data-clinic="">
                        <span class="help__links">
                            { for line.links.into_iter().map(|(href, label)| html! { <a class="help__link" {href}>{ label }</a> }) }
                        </span>
                        <span class="help__note">{ line.note }</span>
                    </li>
                }
                { for HELP_LINES.iter().filter(|l| !l.bar.is_empty()).enumerate().map(|(i, l)| html! {
                    <li class="help__item" data-emergency={(i == 0).then_some("")}>
                        <span class="help__links">
                            { for l.bar.iter().map(|&(href, label)| html! { <a class="help__link" {href}>{ t.ui_at(label) }</a> }) }
                        </span>
                        <span class="help__note">{ t.ui_at(l.note) }</span>
                    </li>
                }) }
            </ul>
            <details class="help__about">
                <summary>{ tr!(t, "help.about") }</summary>
                <ul>{ for about.into_iter().map(|(links, note)| html! { <li><strong>{ links }</strong>{ ": " }{ note }</li> }) }</ul>
            </details>
        </aside>
    }
}
