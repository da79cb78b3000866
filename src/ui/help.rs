use yew::prelude::*;

use crate::content::Bundle;

/// "Get help now": the same place on every screen, every number a `tel:` or `sms:` link.
pub fn help_now(t: &Bundle) -> Html {
    html! {
        <aside class="help" aria-labelledby="help-heading">
            <h2 id="help-heading" class="help__heading">{ tr!(t, "help.heading") }</h2>
            <ul class="help__list">
                <li class="help__item help__item--emergency">
                    <a class="help__link" href="tel:911">{ tr!(t, "help.emergency") }</a>
                    <span class="help__note">{ tr!(t, "help.emergency_note") }</span>
                </li>
                <li class="help__item">
                    <span class="help__links">
                        <a class="help__link" href="tel:988">{ tr!(t, "help.crisis_call") }</a>
                        <a class="help__link" href="sms:988">{ tr!(t, "help.crisis_text") }</a>
                    </span>
                    <span class="help__note">{ tr!(t, "help.crisis_note") }</span>
                </li>
                <li class="help__item">
                    <a class="help__link" href="tel:+18006624357">{ tr!(t, "help.samhsa") }</a>
                    <span class="help__note">{ tr!(t, "help.samhsa_note") }</span>
                </li>
            </ul>
        </aside>
    }
}
